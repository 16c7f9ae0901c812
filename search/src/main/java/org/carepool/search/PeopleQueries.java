package org.carepool.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.json.JsonData;

/**
 * The query builders for people search and matching, using only the core distribution's
 * features; every filter can carry a name so an answer can explain itself.
 */
public final class PeopleQueries {

	private PeopleQueries() {
	}

	/**
	 * Free text over names (characters, pinyin, initials), employer, title, biography and
	 * skill labels in Chinese and English.
	 * @param text what was typed
	 * @return the query
	 */
	public static Query text(String text) {
		String typed = text.strip();
		String compact = typed.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
		return Query.of((q) -> q.bool((bool) -> bool.minimumShouldMatch("1")
			.should((s) -> s.matchPhrase((m) -> m.field(FieldNames.NAME).query(typed).boost(6f)))
			.should((s) -> s.match((m) -> m.field(FieldNames.NAME_BIGRAM).query(typed).boost(3f)))
			.should((s) -> s.term((t) -> t.field(FieldNames.NAME_PINYIN).value(compact).boost(8f)))
			.should((s) -> s.term((t) -> t.field(FieldNames.NAME_INITIALS).value(compact).boost(5f)))
			.should((s) -> s.term((t) -> t.field(FieldNames.NAME_VARIANTS).value(compact).boost(7f)))
			.should((s) -> s.prefix((p) -> p.field(FieldNames.NAME_PINYIN).value(compact).boost(2f)))
			.should((s) -> s.multiMatch((m) -> m.query(typed)
				.type(TextQueryType.Phrase)
				.fields(FieldNames.SKILL_LABELS + "^3", FieldNames.TITLE + "^2", FieldNames.ORGANISATION + "^2",
						FieldNames.BIO)))
			.should((s) -> s.multiMatch((m) -> m.query(typed)
				.operator(Operator.And)
				.fields(FieldNames.SKILL_LABELS + "^2", FieldNames.TITLE, FieldNames.ORGANISATION, FieldNames.BIO)
				.boost(0.5f)))));
	}

	/**
	 * People whose field has one of the values.
	 * @param field the keyword field
	 * @param values the values
	 * @return the query
	 */
	public static Query anyOf(String field, Collection<String> values) {
		List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
		return Query.of((q) -> q.terms((t) -> t.field(field).terms((v) -> v.value(terms))));
	}

	/**
	 * People whose field has the value.
	 * @param field the field
	 * @param value the value
	 * @return the query
	 */
	public static Query is(String field, Object value) {
		return Query.of((q) -> q.term((t) -> t.field(field).value(FieldValue.of(JsonData.of(value)))));
	}

	/**
	 * People with a skill at or above a level, optionally only where its certification is
	 * verified and valid today.
	 * @param code the skill code
	 * @param minLevel the minimum level
	 * @param verifiedOnly whether the skill must be verified
	 * @return the query
	 */
	public static Query skillAtLeast(String code, int minLevel, boolean verifiedOnly) {
		return Query
			.of((q) -> q.nested((nested) -> nested.path(FieldNames.SKILLS).query((skill) -> skill.bool((bool) -> {
				bool.filter((f) -> f.term((t) -> t.field(FieldNames.SKILL_CODE).value(code)))
					.filter((f) -> f
						.range((r) -> r.untyped((u) -> u.field(FieldNames.SKILL_LEVEL).gte(JsonData.of(minLevel)))));
				if (verifiedOnly) {
					bool.filter((f) -> f.term((t) -> t.field(FieldNames.SKILL_VERIFIED).value(true)));
				}
				return bool;
			}))));
	}

	/**
	 * People with a skill in an area.
	 * @param area the skill area
	 * @return the query
	 */
	public static Query skillArea(String area) {
		return Query.of((q) -> q.nested((nested) -> nested.path(FieldNames.SKILLS)
			.query((skill) -> skill.term((t) -> t.field(FieldNames.SKILL_AREA).value(area)))));
	}

	/**
	 * People who speak a language at or above a level.
	 * @param code the language code
	 * @param minLevel the minimum level
	 * @return the query
	 */
	public static Query speaks(String code, int minLevel) {
		return Query.of((q) -> q.nested((nested) -> nested.path(FieldNames.LANGUAGES)
			.query((language) -> language.bool((bool) -> bool
				.filter((f) -> f.term((t) -> t.field(FieldNames.LANGUAGE_CODE).value(code)))
				.filter((f) -> f
					.range((r) -> r.untyped((u) -> u.field(FieldNames.LANGUAGE_LEVEL).gte(JsonData.of(minLevel)))))))));
	}

	/**
	 * People holding a verified certification of one of the types that is valid on a day.
	 * @param types the accepted certification types
	 * @param day the day it must be valid on
	 * @return the query
	 */
	public static Query certifiedOn(Collection<String> types, LocalDate day) {
		List<FieldValue> accepted = types.stream().map(FieldValue::of).toList();
		return Query.of((q) -> q.nested((nested) -> nested.path(FieldNames.CERTIFICATIONS)
			.query((certification) -> certification.bool((bool) -> bool
				.filter((f) -> f.terms((t) -> t.field(FieldNames.CERTIFICATION_TYPE).terms((v) -> v.value(accepted))))
				.filter((f) -> f.term((t) -> t.field(FieldNames.CERTIFICATION_VERIFIED).value(true)))
				.filter((f) -> f.bool((valid) -> valid.minimumShouldMatch("1")
					.should((s) -> s.range((r) -> r
						.untyped((u) -> u.field(FieldNames.CERTIFICATION_EXPIRES_ON).gte(JsonData.of(day.toString())))))
					.should((s) -> s.bool((open) -> open
						.mustNot((m) -> m.exists((e) -> e.field(FieldNames.CERTIFICATION_EXPIRES_ON)))))))))));
	}

	/**
	 * People available for the whole of a weekly time window: one of their ranges
	 * contains it.
	 * @param fromMinute the window's first minute of the week
	 * @param toMinute the minute after its last
	 * @return the query
	 */
	public static Query availableFor(int fromMinute, int toMinute) {
		return Query.of((q) -> q.range((range) -> range.untyped((u) -> u.field(FieldNames.AVAILABILITY)
			.gte(JsonData.of(fromMinute))
			.lt(JsonData.of(toMinute))
			.relation(RangeRelation.Contains))));
	}

	/**
	 * People who have a blackout on a day.
	 * @param day the day
	 * @return the query (use it in {@code must_not})
	 */
	public static Query blackedOutOn(LocalDate day) {
		return Query.of((q) -> q.range((range) -> range.untyped((u) -> u.field(FieldNames.BLACKOUTS)
			.gte(JsonData.of(day.toString()))
			.lte(JsonData.of(day.toString()))
			.relation(RangeRelation.Intersects))));
	}

	/**
	 * People booked for a time that overlaps an interval.
	 * @param from when the interval starts
	 * @param to when it ends (exclusive)
	 * @return the query (use it in {@code must_not})
	 */
	public static Query bookedDuring(java.time.Instant from, java.time.Instant to) {
		return Query.of((q) -> q.range((range) -> range.untyped((u) -> u.field(FieldNames.BOOKINGS)
			.gte(JsonData.of(from.toString()))
			.lt(JsonData.of(to.toString()))
			.relation(RangeRelation.Intersects))));
	}

	/**
	 * People with at least some hours still free in a month: the month's own remaining
	 * hours where they are booked or served in it, their monthly capacity otherwise.
	 * @param month the month, {@code 2027-03}
	 * @param hours the hours needed in it
	 * @return the query
	 */
	public static Query freeHoursIn(String month, double hours) {
		Query loaded = Query.of((q) -> q.nested((nested) -> nested.path(FieldNames.MONTHS)
			.query((m) -> m.term((t) -> t.field(FieldNames.MONTH).value(month)))));
		Query enough = Query.of((q) -> q.nested((nested) -> nested.path(FieldNames.MONTHS)
			.query((m) -> m.bool((bool) -> bool.filter((f) -> f.term((t) -> t.field(FieldNames.MONTH).value(month)))
				.filter((f) -> f.range((r) -> r
					.untyped((u) -> u.field(FieldNames.MONTH_REMAINING_HOURS).gte(JsonData.of(hours)))))))));
		Query free = Query.of((q) -> q
			.bool((bool) -> bool.mustNot(loaded).filter(atLeast(FieldNames.MONTHLY_CAPACITY_HOURS, hours))));
		return Query.of((q) -> q.bool((bool) -> bool.minimumShouldMatch("1").should(enough).should(free)));
	}

	/**
	 * People whose field is at least a value.
	 * @param field the numeric or date field
	 * @param value the smallest value
	 * @return the query
	 */
	public static Query atLeast(String field, Object value) {
		return Query.of((q) -> q.range((r) -> r.untyped((u) -> u.field(field).gte(JsonData.of(value)))));
	}

	/**
	 * People living within a distance of a point.
	 * @param lat latitude
	 * @param lon longitude
	 * @param km the radius in kilometres
	 * @return the query
	 */
	public static Query within(double lat, double lon, double km) {
		return Query.of((q) -> q.geoDistance((geo) -> geo.field(FieldNames.HOME_LOCATION)
			.distance(km + "km")
			.location((location) -> location.latlon((point) -> point.lat(lat).lon(lon)))));
	}

	/**
	 * A query with a name, reported in each hit's {@code matched_queries}.
	 * @param query the query
	 * @param name the name
	 * @return the named query
	 */
	public static Query named(Query query, String name) {
		return Query.of((q) -> q.bool((bool) -> bool.filter(query).queryName(name)));
	}

}
