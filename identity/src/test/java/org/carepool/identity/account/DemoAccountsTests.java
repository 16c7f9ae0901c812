package org.carepool.identity.account;

import java.util.Map;

import org.carepool.identity.testing.RunningIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link DemoAccounts}.
 */
class DemoAccountsTests {

	@Test
	void signsInDemoAccountsUnderTheLocalProfile() {
		assertThat(RunningIdentity.shared().userToken("coordinator")).isNotBlank();
	}

	@Test
	void hasNoDemoAccountsOutsideTheLocalProfile() {
		try (RunningIdentity identity = RunningIdentity.start(Map.of("spring.profiles.active", "staging",
				"carepool.identity.ui-client-secret", "staging-ui", "carepool.identity.indexer-client-secret",
				"staging-indexer", "carepool.identity.partner-client-secret", "staging-partner",
				"carepool.identity.demo-password", ""))) {
			assertThatIllegalStateException().isThrownBy(() -> identity.userToken("coordinator"))
				.withMessageContaining("refused to sign in coordinator");
			assertThat(identity.clientCredentialsToken("indexer", "staging-indexer")).isNotBlank();
		}
	}

	@Test
	void givesEveryAccountAFixedIdAndOneRole() {
		assertThat(DemoAccounts.ALL).extracting(Account::username)
			.containsExactly("coordinator", "street-coordinator", "expert", "volunteer", "partner", "admin");
		assertThat(DemoAccounts.ALL).allSatisfy((account) -> assertThat(account.roles()).hasSize(1));
		assertThat(DemoAccounts.ALL).extracting(Account::sub).doesNotHaveDuplicates();
	}

}
