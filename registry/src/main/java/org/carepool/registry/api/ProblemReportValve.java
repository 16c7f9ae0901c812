package org.carepool.registry.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Answers what Tomcat refuses before the application sees it (a URL with {@code %00}, a
 * header too large) with a problem document like every other refusal, in Chinese unless
 * the caller asks for English, instead of Tomcat's HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

	private final MessageSource messages;

	private final ObjectMapper json;

	ProblemReportValve(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			status = HttpStatus.BAD_REQUEST;
		}
		Locale locale = english(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		String type = switch (status) {
			case NOT_FOUND -> "not-found";
			case PAYLOAD_TOO_LARGE -> "body-too-large";
			case INTERNAL_SERVER_ERROR -> "internal";
			case SERVICE_UNAVAILABLE -> "unavailable";
			default -> "bad-request";
		};
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(Problems.type(type));
		problem
			.setTitle(this.messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(), locale));
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(this.json.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response was committed; nothing more to say.
		}
	}

	private static boolean english(Request request) {
		String language;
		try {
			language = request.getHeader("Accept-Language");
		}
		catch (RuntimeException ex) {
			return false;
		}
		return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en");
	}

}
