package org.carepool.ui.home;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The home page's supply figures, named in the reader's language: active people by street
 * and skill area (a stacked chart by street, and the same numbers as rows), and approved
 * service hours of each of the last twelve months.
 *
 * @param streets the streets, in the chart's order
 * @param areas each skill area with its count per street, in the order of {@code streets}
 * @param rows the active people as rows of street, area and count
 * @param months the months, as the reader names them
 * @param hours the hours of each month
 */
public record SupplyFigures(List<String> streets, Map<String, List<Long>> areas, List<ActiveRow> rows,
		List<String> months, List<Number> hours) {

	private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月", Locale.SIMPLIFIED_CHINESE);

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	/**
	 * Reads the registry's answer.
	 * @param figures the answer of {@code GET /api/queues/figures}
	 * @param streetNames street names by code
	 * @param areaName a skill area's name by its code
	 * @param locale the reader's language
	 * @return the figures
	 */
	@SuppressWarnings("unchecked")
	public static SupplyFigures of(Map<String, Object> figures, Map<String, String> streetNames,
			Function<String, String> areaName, Locale locale) {
		List<Map<String, Object>> active = (List<Map<String, Object>>) figures.getOrDefault("activePeople", List.of());
		Set<String> streets = new LinkedHashSet<>();
		active.forEach((each) -> streets.add(String.valueOf(each.get("street"))));
		List<String> streetOrder = new ArrayList<>(streets);
		Map<String, List<Long>> areas = new LinkedHashMap<>();
		List<ActiveRow> rows = new ArrayList<>();
		for (Map<String, Object> each : active) {
			String street = String.valueOf(each.get("street"));
			String area = areaName.apply(String.valueOf(each.get("area")));
			long people = ((Number) each.get("people")).longValue();
			areas.computeIfAbsent(area, (key) -> new ArrayList<>(java.util.Collections.nCopies(streetOrder.size(), 0L)))
				.set(streetOrder.indexOf(street), people);
			rows.add(new ActiveRow(streetNames.getOrDefault(street, street), area, people));
		}
		DateTimeFormatter format = locale.getLanguage().equals("en") ? ENGLISH : CHINESE;
		List<String> months = new ArrayList<>();
		List<Number> hours = new ArrayList<>();
		for (Map<String, Object> month : (List<Map<String, Object>>) figures.getOrDefault("hoursByMonth", List.of())) {
			months.add(format.format(YearMonth.parse(String.valueOf(month.get("month")))));
			hours.add((Number) month.get("hours"));
		}
		return new SupplyFigures(streetOrder.stream().map((code) -> streetNames.getOrDefault(code, code)).toList(),
				areas, rows, months, hours);
	}

	/**
	 * The chart's series: one per skill area, with its count for each street.
	 * @return the series
	 */
	public List<Series> series() {
		return this.areas.entrySet().stream().map((area) -> new Series(area.getKey(), area.getValue())).toList();
	}

	/**
	 * One skill area's counts, street by street.
	 *
	 * @param name the area's name
	 * @param values the counts, in the order of the streets
	 */
	public record Series(String name, List<Long> values) {
	}

	/**
	 * Active people of one street and skill area.
	 *
	 * @param street the street's name
	 * @param area the area's name
	 * @param people how many
	 */
	public record ActiveRow(String street, String area, long people) {
	}

}
