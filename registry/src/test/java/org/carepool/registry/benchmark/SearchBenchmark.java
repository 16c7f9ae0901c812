package org.carepool.registry.benchmark;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.carepool.registry.RealServices;
import org.carepool.registry.access.Callers;
import org.carepool.registry.changefeed.SearchDocumentFeed;
import org.carepool.registry.search.IndexFixture;
import org.carepool.registry.search.MatchCriteria;
import org.carepool.registry.search.Matching;
import org.carepool.registry.search.PeopleSearch;
import org.carepool.registry.search.SearchCriteria;
import org.carepool.registry.synthetic.SyntheticPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark, not a test: 100,000 generated people in PostgreSQL and in the index; times
 * people search and matching through the registry's services against the real
 * Elasticsearch, single client and 8 concurrent, next to the equivalent queries written
 * directly against PostgreSQL with indexes, in the same run. Run it with
 * {@code ./mvnw -pl registry -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@SpringBootTest
@Import(RealServices.class)
class SearchBenchmark {

	private static final int PEOPLE = Integer.getInteger("benchmark.people", 100_000);

	private static final int QUERIES = Integer.getInteger("benchmark.queries", 1_000);

	private static final String[] STREETS = { "changzheng-town", "taopu-town", "wanli", "ganquan-road", "zhenru-town",
			"caoyang-xincun", "changshou-road", "yichuan-road", "shiquan-road", "changfeng-xincun" };

	private static final String[] SKILLS = { "care.visiting", "care.emotional", "pub.event", "fh.elderly-care",
			"edu.lecture", "psy.grief", "law.family", "mch.parenting" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐" };

	@Autowired
	private SyntheticPeople synthetic;

	@Autowired
	private SearchDocumentFeed feed;

	@Autowired
	private PeopleSearch search;

	@Autowired
	private Matching matching;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Test
	void measuresSearchAndMatchingNextToPostgres() throws Exception {
		long started = System.nanoTime();
		this.synthetic.load(9_000_000, PEOPLE);
		IndexFixture.shared();
		IndexFixture.indexAll(this.feed);
		this.jdbc.execute("analyze");
		Integer total = this.jdbc.queryForObject("select count(*) from person", Integer.class);
		System.out.printf("%nSearch benchmark: %,d people in PostgreSQL and the index (loaded and indexed in %,d s)%n",
				total, (System.nanoTime() - started) / 1_000_000_000);
		var coordinator = Callers.COORDINATOR.caller("benchmark");
		IntConsumer esSearch = (i) -> this.search.search(coordinator, searchCriteria(i));
		IntConsumer pgSearch = (i) -> postgresSearch(i);
		IntConsumer esMatch = (i) -> this.matching.match(coordinator, matchCriteria(i));
		IntConsumer pgMatch = (i) -> postgresMatch(i);
		warm(esSearch, pgSearch, esMatch, pgMatch);
		report("search", esSearch, pgSearch);
		report("matching", esMatch, pgMatch);
		System.out.printf("peak heap (registry, client and test JVM): %,d MiB%n%n", peakHeapMiB());
	}

	/**
	 * The same answer as the index gives: a page of 20 by name, the total, and the facet
	 * counts (street, type, skill, skill area, language) over everyone who matches.
	 */
	private void postgresSearch(int i) {
		String matched = """
				select p.id, p.name from person p
				where p.status = 'ACTIVE'
				  and exists (select 1 from person_served_street s where s.person_id = p.id and s.street_code = ?)
				  and exists (select 1 from person_skill k where k.person_id = p.id and k.skill_code = ? and k.level >= 2)
				  and (p.name like ? or p.employer like ? or p.bio like ?)
				""";
		Object[] arguments = { STREETS[i % STREETS.length], SKILLS[i % SKILLS.length],
				SURNAMES[i % SURNAMES.length] + "%", "%" + SURNAMES[i % SURNAMES.length] + "%",
				"%" + SURNAMES[i % SURNAMES.length] + "%" };
		this.jdbc.queryForList(matched + " order by p.name, p.id limit 20", arguments);
		this.jdbc.queryForList("with matched as materialized (" + matched + ")"
				+ " select 'total', null, count(*) from matched"
				+ " union all select 'street', s.street_code, count(*) from person_served_street s join matched m on m.id = s.person_id group by 2"
				+ " union all select 'type', t.type, count(*) from person_type t join matched m on m.id = t.person_id group by 2"
				+ " union all select 'skill', k.skill_code, count(*) from person_skill k join matched m on m.id = k.person_id group by 2"
				+ " union all select 'area', sk.area, count(distinct m.id) from person_skill k join skill sk on sk.code = k.skill_code join matched m on m.id = k.person_id group by 2"
				+ " union all select 'language', l.language_code, count(*) from person_language l join matched m on m.id = l.person_id group by 2",
				arguments);
	}

	private void postgresMatch(int i) {
		LocalDate day = day(i);
		int from = (day.getDayOfWeek().getValue() - 1) * 1440 + start(i) * 60;
		this.jdbc.queryForList(
				"""
						select p.id,
						  sqrt(power((p.home_latitude - ?) * 111.2, 2) + power((p.home_longitude - ?) * 95.0, 2)) as km
						from person p
						join person_skill k on k.person_id = p.id and k.skill_code = ? and k.level >= 2
						where p.status = 'ACTIVE'
						  and p.agreement_valid_until >= ?
						  and exists (select 1 from consent c where c.person_id = p.id and c.withdrawn_at is null
						              and c.purposes like '%contact%')
						  and exists (select 1 from availability_slot a where a.person_id = p.id
						              and a.start_minute <= ? and a.end_minute >= ?)
						  and not exists (select 1 from blackout b where b.person_id = p.id and ? between b.starts_on and b.ends_on)
						  and p.monthly_capacity_hours >= 2
						  and (not exists (select 1 from skill s where s.code = k.skill_code and s.needs_certification)
						       or exists (select 1 from certification c
						                  join skill_accepted_certification a on a.certification_code = c.type_code
						                  where c.person_id = p.id and a.skill_code = k.skill_code and c.state = 'VERIFIED'
						                    and (c.expires_on is null or c.expires_on >= ?)))
						order by km, p.id limit 50
						""",
				31.255, 121.41, SKILLS[i % SKILLS.length], java.sql.Date.valueOf(day), from, from + 120,
				java.sql.Date.valueOf(day), java.sql.Date.valueOf(day));
	}

	private SearchCriteria searchCriteria(int i) {
		return new SearchCriteria(SURNAMES[i % SURNAMES.length], null, List.of(SKILLS[i % SKILLS.length]), 2, null,
				List.of(STREETS[i % STREETS.length]), null, null, null, null, null, "ACTIVE", null, null, null, null,
				null, SearchCriteria.Sort.RELEVANCE, 20, null);
	}

	private MatchCriteria matchCriteria(int i) {
		// Every other need is a four-week series: each visit is checked in the query.
		boolean weekly = i % 2 == 1;
		MatchCriteria.WeeklySlot series = weekly ? new MatchCriteria.WeeklySlot(day(i).getDayOfWeek(),
				LocalTime.of(start(i), 0), LocalTime.of(start(i) + 2, 0), day(i), 4) : null;
		return new MatchCriteria("family-support",
				List.of(new MatchCriteria.RequiredSkill(SKILLS[i % SKILLS.length], 2)), List.of(), List.of("zh-wuu"),
				List.of(), new MatchCriteria.Place(STREETS[i % STREETS.length], null, null), weekly ? null : day(i),
				weekly ? null : LocalTime.of(start(i), 0), weekly ? null : LocalTime.of(start(i) + 2, 0), series, 120,
				2, false, List.of(), null, 50);
	}

	private LocalDate day(int i) {
		DayOfWeek day = DayOfWeek.of(1 + i % 7);
		return LocalDate.now(this.clock).plusDays(7).with(TemporalAdjusters.nextOrSame(day));
	}

	private static int start(int i) {
		return (i % 2 == 0) ? 9 : 14;
	}

	private void warm(IntConsumer... operations) {
		for (IntConsumer operation : operations) {
			for (int i = 0; i < 200; i++) {
				operation.accept(i);
			}
		}
	}

	private void report(String what, IntConsumer elasticsearch, IntConsumer postgres) throws Exception {
		double[] esSingle = single(elasticsearch);
		double[] pgSingle = single(postgres);
		double[] esConcurrent = concurrent(elasticsearch, 8);
		double[] pgConcurrent = concurrent(postgres, 8);
		print(what + " / Elasticsearch, 1 client", esSingle);
		print(what + " / PostgreSQL,    1 client", pgSingle);
		print(what + " / Elasticsearch, 8 clients", esConcurrent);
		print(what + " / PostgreSQL,    8 clients", pgConcurrent);
		System.out.printf("  %s: PostgreSQL/Elasticsearch p95 ratio %.1fx (1 client), %.1fx (8 clients)%n", what,
				percentile(pgSingle, 95) / percentile(esSingle, 95),
				percentile(pgConcurrent, 95) / percentile(esConcurrent, 95));
	}

	private static double[] single(IntConsumer operation) {
		double[] millis = new double[QUERIES];
		for (int i = 0; i < QUERIES; i++) {
			long started = System.nanoTime();
			operation.accept(i + 1000);
			millis[i] = (System.nanoTime() - started) / 1_000_000.0;
		}
		return millis;
	}

	private static double[] concurrent(IntConsumer operation, int clients) throws Exception {
		double[] millis = new double[QUERIES];
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				futures.add(pool.submit(() -> {
					for (int i = client; i < QUERIES; i += clients) {
						long started = System.nanoTime();
						operation.accept(i + 5000);
						millis[i] = (System.nanoTime() - started) / 1_000_000.0;
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return millis;
	}

	private static void print(String name, double[] millis) {
		System.out.printf("  %-38s p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   (n=%d)%n", name, percentile(millis, 50),
				percentile(millis, 95), percentile(millis, 99), millis.length);
	}

	private static double percentile(double[] millis, int percentile) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static long peakHeapMiB() {
		return java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
	}

}
