package org.carepool.ui.requests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An expert draw (随机抽取) as the staffing page shows it: the seed and the pools it was
 * drawn from, so anyone can replay it, and every pick with the state of its invitation.
 *
 * @param id the draw's id
 * @param seed the seed of the random picks
 * @param drawnAt when it was drawn (ISO-8601)
 * @param quotas how many were drawn for each specialty
 * @param rotationDays the rotation window in days, if any
 * @param conflicts how many people were avoided for a declared conflict
 * @param pools the eligible people of each specialty
 * @param picks the picks in order, first picks and then replacements
 */
public record Draw(String id, String seed, String drawnAt, Map<String, Integer> quotas, Integer rotationDays,
		int conflicts, List<Pool> pools, List<Pick> picks) {

	private static final Set<String> ANSWERED_NO = Set.of("DECLINED", "WITHDRAWN");

	/**
	 * Reads a draw from the registry's record, naming the picks from the request's
	 * invitations (every pick is invited).
	 * @param draw the registry's draw
	 * @param invitations the request's invitations
	 * @return the draw
	 */
	@SuppressWarnings("unchecked")
	public static Draw of(Map<String, Object> draw, List<Map<String, Object>> invitations) {
		Map<String, Map<String, Object>> invited = new LinkedHashMap<>();
		invitations.forEach((invitation) -> invited.put(String.valueOf(invitation.get("person")), invitation));
		List<Map<String, Object>> recorded = (List<Map<String, Object>>) draw.getOrDefault("picks", List.of());
		Set<String> replaced = new HashSet<>();
		recorded.forEach((pick) -> {
			if (pick.get("replaces") != null) {
				replaced.add(String.valueOf(pick.get("replaces")));
			}
		});
		List<Pick> picks = new ArrayList<>();
		for (Map<String, Object> pick : recorded) {
			String person = String.valueOf(pick.get("person"));
			Map<String, Object> invitation = invited.getOrDefault(person, Map.of());
			String status = (String) invitation.get("status");
			String replaces = (pick.get("replaces") != null) ? String.valueOf(pick.get("replaces")) : null;
			picks.add(new Pick(((Number) pick.get("position")).intValue() + 1, ((Number) pick.get("round")).intValue(),
					String.valueOf(pick.get("specialty")), person, name(invited, person), status,
					(replaces != null) ? name(invited, replaces) : null,
					ANSWERED_NO.contains(status) && !replaced.contains(person)));
		}
		List<Pool> pools = new ArrayList<>();
		((Map<String, List<Object>>) draw.getOrDefault("pools", Map.of())).forEach(
				(specialty, people) -> pools.add(new Pool(specialty, people.stream().map(String::valueOf).toList())));
		Map<String, Integer> quotas = new LinkedHashMap<>();
		((Map<String, Object>) draw.getOrDefault("quotas", Map.of()))
			.forEach((specialty, quota) -> quotas.put(specialty, ((Number) quota).intValue()));
		Number rotation = (Number) draw.get("rotationDays");
		return new Draw(String.valueOf(draw.get("id")), String.valueOf(draw.get("seed")),
				String.valueOf(draw.get("drawnAt")), quotas, (rotation != null) ? rotation.intValue() : null,
				((List<Object>) draw.getOrDefault("conflicts", List.of())).size(), pools, picks);
	}

	/**
	 * The names of people the draw picked, in order, for a replay's answer.
	 * @param people the people's ids
	 * @param invitations the request's invitations
	 * @return their names, or their ids where nobody of that id was invited
	 */
	public static List<String> names(List<Object> people, List<Map<String, Object>> invitations) {
		Map<String, Map<String, Object>> invited = new LinkedHashMap<>();
		invitations.forEach((invitation) -> invited.put(String.valueOf(invitation.get("person")), invitation));
		return people.stream().map((person) -> name(invited, String.valueOf(person))).toList();
	}

	private static String name(Map<String, Map<String, Object>> invited, String person) {
		Object name = invited.getOrDefault(person, Map.of()).get("personName");
		return (name != null) ? name.toString() : person;
	}

	/**
	 * The eligible people of one specialty.
	 *
	 * @param specialty the specialty's skill code
	 * @param people their ids, sorted as the draw saw them
	 */
	public record Pool(String specialty, List<String> people) {
	}

	/**
	 * One pick.
	 *
	 * @param number its place in the draw, from 1
	 * @param round 0 for a first pick, then the number of the redraw
	 * @param specialty the specialty it was drawn for
	 * @param person the person's id
	 * @param name the person's name
	 * @param status the state of the pick's invitation
	 * @param replaces the name of the person this pick replaces, for a redraw
	 * @param redrawable whether the person declined (or was withdrawn) and has no
	 * replacement yet
	 */
	public record Pick(int number, int round, String specialty, String person, String name, String status,
			String replaces, boolean redrawable) {
	}

}
