package org.carepool.registry.changefeed;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.carepool.registry.RegistryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChangeLog}: the feed never skips a position, even when transactions
 * append in one order and try to commit in the other.
 */
@RegistryTest
class ChangeLogTests {

	@Autowired
	private ChangeLog changes;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void neverShowsALaterPositionBeforeAnEarlierOneCommits() throws Exception {
		long start = this.changes.horizon();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		CountDownLatch firstAppended = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> template.executeWithoutResult((status) -> {
			this.changes.append("person", first, "upsert");
			firstAppended.countDown();
			await(commitFirst);
		}));
		assertThat(firstAppended.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> fast = CompletableFuture
			.runAsync(() -> template.executeWithoutResult((status) -> this.changes.append("person", second, "upsert")));
		// The second transaction wants to commit first; it must wait for the first.
		Thread.sleep(300);
		assertThat(fast).isNotDone();
		assertThat(this.changes.after(start, 100, Duration.ZERO).changes()).isEmpty();
		commitFirst.countDown();
		slow.get(10, TimeUnit.SECONDS);
		fast.get(10, TimeUnit.SECONDS);
		List<Change> seen = this.changes.after(start, 100, Duration.ZERO).changes();
		assertThat(seen).extracting(Change::id).containsExactly(first, second);
		assertThat(seen.get(0).position()).isLessThan(seen.get(1).position());
	}

	@Test
	void waitsForTheFirstChangeWhenAskedToLongPoll() throws Exception {
		long start = this.changes.horizon();
		UUID id = UUID.randomUUID();
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		CompletableFuture<ChangePage> waiting = CompletableFuture
			.supplyAsync(() -> this.changes.after(start, 10, Duration.ofSeconds(10)));
		Thread.sleep(200);
		assertThat(waiting).isNotDone();
		template.executeWithoutResult((status) -> this.changes.append("person", id, "delete"));
		ChangePage page = waiting.get(10, TimeUnit.SECONDS);
		assertThat(page.changes()).extracting(Change::id).contains(id);
		assertThat(page.next()).isEqualTo(page.changes().get(page.changes().size() - 1).position());
	}

	@Test
	void answersAnEmptyPageAtTheHorizonWhenNothingChanges() {
		long horizon = this.changes.horizon();
		ChangePage page = this.changes.after(horizon, 10, Duration.ofMillis(100));
		assertThat(page.changes()).isEmpty();
		assertThat(page.next()).isEqualTo(horizon);
		assertThat(page.horizon()).isEqualTo(horizon);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
