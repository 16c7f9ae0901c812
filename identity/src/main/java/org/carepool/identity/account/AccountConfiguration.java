package org.carepool.identity.account;

import java.util.List;

import org.carepool.identity.IdentityProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Registers the demo accounts, and only under the {@code local} profile.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	static final String LOCAL_PROFILE = "local";

	@Bean
	@Profile(LOCAL_PROFILE)
	Accounts demoAccounts() {
		return new Accounts(DemoAccounts.ALL);
	}

	@Bean
	@Profile("!" + LOCAL_PROFILE)
	Accounts noAccounts() {
		return new Accounts(List.of());
	}

	@Bean
	DemoPassword demoPassword(IdentityProperties properties) {
		return DemoPassword.from(properties);
	}

	@Bean
	InMemoryUserDetailsManager users(Accounts accounts, DemoPassword password) {
		String encoded = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password.value());
		List<UserDetails> users = accounts.all()
			.stream()
			.map((account) -> User.withUsername(account.username())
				.password(encoded)
				.roles(account.roleNames().toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	@Profile(LOCAL_PROFILE)
	DemoAccountsReport demoAccountsReport(Accounts accounts, DemoPassword password) {
		return new DemoAccountsReport(accounts, password);
	}

}
