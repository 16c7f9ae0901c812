package org.carepool.ui;

import org.carepool.identity.testing.RunningIdentity;
import org.carepool.local.postgres.LocalPostgresConnection;

import org.springframework.boot.SpringApplication;

/**
 * Runs the ui for development with the services the tests use: PostgreSQL for the
 * sessions from a pinned container where a Docker engine answers
 * ({@code @ServiceConnection}), otherwise the embedded server, and the local issuer with
 * its demo accounts; it calls the registry at {@code CAREPOOL_REGISTRY_URI} (such as a
 * running {@code TestRegistryApplication}).
 */
public final class TestUiApplication {

	private TestUiApplication() {
	}

	public static void main(String[] args) {
		RunningIdentity identity = RunningIdentity.shared();
		identity.allowRedirectUri("ui",
				"http://localhost:" + System.getProperty("server.port", "8080") + "/login/oauth2/code/carepool");
		System.setProperty("spring.security.oauth2.client.provider.carepool.issuer-uri", identity.issuer());
		System.out.println("Sign in with a demo account (coordinator, expert, ...) and the password "
				+ identity.demoPassword() + " at " + identity.issuer());
		SpringApplication.from(UiApplication::main).with(LocalPostgresConnection.class).run(args);
	}

}
