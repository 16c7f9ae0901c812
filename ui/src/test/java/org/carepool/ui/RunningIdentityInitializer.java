package org.carepool.ui;

import org.carepool.identity.testing.RunningIdentity;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the ui at the issuer shared by this JVM's tests, started on first use.
 */
public class RunningIdentityInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.security.oauth2.client.provider.carepool.issuer-uri=" + RunningIdentity.shared().issuer())
			.applyTo(context);
	}

}
