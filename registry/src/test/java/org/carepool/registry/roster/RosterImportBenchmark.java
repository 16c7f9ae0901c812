package org.carepool.registry.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test: builds a 10,000-row roster (.xlsx), uploads it (read, mapped
 * and screened row by row) and imports it, and prints the rows per second of each step.
 * Run it with {@code ./mvnw -pl registry -am verify -Dsurefire.excludedGroups=none
 * -Dgroups=benchmark -Dtest=RosterImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@RegistryTest
class RosterImportBenchmark {

	private static final int ROWS = Integer.getInteger("benchmark.roster-rows", 10_000);

	private static final String[] STREETS = { "长寿路街道", "曹杨新村街道", "长风新村街道", "宜川路街道", "长征镇" };

	private static final String[] SKILLS = { "心理咨询(4)", "哀伤辅导(3)、心理咨询(2)", "", "婚姻家庭咨询" };

	@Autowired
	private RosterImports imports;

	@Test
	void importsTenThousandRows() {
		Caller coordinator = Callers.COORDINATOR.caller("benchmark-" + UUID.randomUUID());
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			boolean male = i % 2 == 0;
			int year = 1950 + i % 50;
			rows.add(List.of("测试" + i, male ? "男" : "女", Integer.toString(year),
					(i % 3 == 0) ? Rosters.residentId(year, male) : "", Rosters.phone(), "",
					STREETS[i % STREETS.length], SKILLS[i % SKILLS.length], "", (i % 5 == 0) ? "专家" : "志愿者"));
		}
		byte[] file = Rosters.xlsx(RosterImportTests.HEADERS, rows);
		long start = System.nanoTime();
		RosterReport report = this.imports.upload(coordinator, "benchmark.xlsx", file);
		long uploaded = System.nanoTime();
		this.imports.claim(coordinator, report.id(), Map.of());
		this.imports.write(coordinator, report.id(), Integer.MAX_VALUE);
		long imported = System.nanoTime();
		RosterReport.Progress progress = this.imports.progress(coordinator, report.id());
		double uploadSeconds = (uploaded - start) / 1e9;
		double importSeconds = (imported - uploaded) / 1e9;
		System.out.printf("roster import benchmark: %d rows, %.1f MB file%n", ROWS, file.length / 1e6);
		System.out.printf("  upload and preview (read, screen every row): %.1f s, %.0f rows/s%n", uploadSeconds,
				ROWS / uploadSeconds);
		System.out.printf("  import (screen again, write in batches): %.1f s, %.0f rows/s%n", importSeconds,
				ROWS / importSeconds);
		System.out.printf("  end to end: %.1f s, %.0f rows/s; created %d, invalid %d, skipped %d%n",
				uploadSeconds + importSeconds, ROWS / (uploadSeconds + importSeconds), progress.created(),
				progress.invalid(), progress.skipped());
		assertThat(report.problemCount()).isZero();
		assertThat(progress.created()).isEqualTo(ROWS - progress.skipped());
	}

}
