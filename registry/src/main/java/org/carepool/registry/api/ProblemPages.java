package org.carepool.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Replaces Tomcat's error report on the host with {@link ProblemReportValve}; ordered
 * after Spring Boot's own customizer, which adds a plain one.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final MessageSource messages;

	private final ObjectMapper json;

	ProblemPages(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Container parent = context.getParent();
			for (Valve valve : parent.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					parent.getPipeline().removeValve(valve);
				}
			}
			if (parent instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
			parent.getPipeline().addValve(new ProblemReportValve(this.messages, this.json));
		});
	}

}
