package org.carepool.registry.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds problem documents (RFC 9457) with a stable type and a title and detail in the
 * caller's language, for every feature's {@code …Problems} advice.
 */
public final class Problems {

	private static final String TYPE_PREFIX = "urn:carepool:problem:";

	private Problems() {
	}

	/**
	 * A problem of a stable type, its title and detail looked up as
	 * {@code problem.<type>.title} and {@code problem.<type>.detail}.
	 * @param messages where titles and details are translated
	 * @param status the HTTP status
	 * @param type the stable type, such as {@code stale-version}
	 * @param arguments arguments for the detail message
	 * @return the problem
	 */
	public static ProblemDetail of(MessageSource messages, HttpStatus status, String type, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(type(type));
		problem.setTitle(messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(), locale));
		String detail = messages.getMessage("problem." + type + ".detail", arguments, null, locale);
		if (detail != null) {
			problem.setDetail(detail);
		}
		return problem;
	}

	/**
	 * A validation problem listing each invalid field.
	 * @param messages where titles are translated
	 * @param errors the invalid fields and their messages
	 * @return the problem, status 400
	 */
	public static ProblemDetail invalid(MessageSource messages, List<FieldMessage> errors) {
		ProblemDetail problem = of(messages, HttpStatus.BAD_REQUEST, "validation");
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * The stable type URI of a problem.
	 * @param type the short type
	 * @return the URI
	 */
	public static URI type(String type) {
		return URI.create(TYPE_PREFIX + type);
	}

	/**
	 * A message about one input field.
	 *
	 * @param field the field's path, such as {@code skills[0].level}
	 * @param message what is wrong, in the caller's language
	 */
	public record FieldMessage(String field, String message) {

		/**
		 * A field message translated from a code.
		 * @param messages where the message is translated
		 * @param field the field
		 * @param code the message code, such as {@code resident-id.checksum}
		 * @return the field message
		 */
		public static FieldMessage of(MessageSource messages, String field, String code) {
			return new FieldMessage(field,
					messages.getMessage("field." + code, null, code, LocaleContextHolder.getLocale()));
		}

	}

	/**
	 * Problem properties as a map, for tests and logs.
	 * @param problem the problem
	 * @return its extra properties
	 */
	static Map<String, Object> properties(ProblemDetail problem) {
		return (problem.getProperties() != null) ? problem.getProperties() : Map.of();
	}

}
