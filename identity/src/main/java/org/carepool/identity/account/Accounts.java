package org.carepool.identity.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts this issuer knows, looked up by the name people sign in with.
 */
public final class Accounts {

	private final Map<String, Account> byUsername = new LinkedHashMap<>();

	Accounts(List<Account> accounts) {
		accounts.forEach((account) -> this.byUsername.put(account.username(), account));
	}

	/**
	 * Adds an account someone registered themselves (local issuer only).
	 * @param account the new account
	 * @return whether it was added; {@code false} when the username is taken
	 */
	public synchronized boolean register(Account account) {
		return this.byUsername.putIfAbsent(account.username(), account) == null;
	}

	/**
	 * Finds the account with the given username.
	 * @param username the name signed in with
	 * @return the account, or empty when there is none
	 */
	public synchronized Optional<Account> find(String username) {
		return Optional.ofNullable(this.byUsername.get(username));
	}

	/**
	 * Returns every account, in registration order.
	 * @return the accounts
	 */
	public synchronized List<Account> all() {
		return List.copyOf(this.byUsername.values());
	}

}
