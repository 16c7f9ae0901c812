package org.carepool.ui;

import java.util.List;

import org.carepool.local.postgres.LocalPostgresConnection;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every ui test context the shared PostgreSQL server for its sessions (Spring
 * Session JDBC), without each test saying so; the server starts only for contexts that
 * have a data source.
 */
public class SessionDatabase implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	/**
	 * Registers {@link LocalPostgresConnection}; equal to every other, so contexts stay
	 * cached.
	 */
	static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
				registry.registerBeanDefinition("carepoolSessionDatabase",
						new RootBeanDefinition(LocalPostgresConnection.class));
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
