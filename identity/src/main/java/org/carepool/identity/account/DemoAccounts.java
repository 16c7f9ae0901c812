package org.carepool.identity.account;

import java.util.List;
import java.util.UUID;

/**
 * The fixed demo accounts; other modules seed data that refers to these exact ids.
 */
final class DemoAccounts {

	static final UUID WOMENS_FEDERATION = UUID.fromString("00000000-0000-4000-8000-0000000000f1");

	static final List<Account> ALL = List.of(account(1, "coordinator", "陈静", Role.COORDINATOR, null, null),
			account(2, "street-coordinator", "李华", Role.STREET_COORDINATOR, "changzheng-town", null),
			account(3, "expert", "王晓明", Role.EXPERT, null, null),
			account(4, "volunteer", "张丽", Role.VOLUNTEER, null, null),
			account(5, "partner", "刘芳", Role.PARTNER, null, WOMENS_FEDERATION),
			account(6, "admin", "管理员", Role.ADMIN, null, null));

	private DemoAccounts() {
	}

	private static Account account(int number, String username, String displayName, Role role, String street,
			UUID org) {
		UUID sub = UUID.fromString("00000000-0000-4000-8000-%012d".formatted(number));
		return new Account(sub, username, displayName, List.of(role), street, org);
	}

}
