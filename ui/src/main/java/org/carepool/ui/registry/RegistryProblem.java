package org.carepool.ui.registry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem document the registry answered with: its status, localised title and detail,
 * and the field errors by field.
 */
public class RegistryProblem extends RuntimeException {

	private final int status;

	private final String code;

	private final String title;

	private final String detail;

	private final Map<String, String> fieldErrors;

	private final Map<String, Object> properties;

	public RegistryProblem(int status, String code, String title, String detail, Map<String, String> fieldErrors,
			Map<String, Object> properties) {
		super(status + " " + code + ": " + title);
		this.status = status;
		this.code = code;
		this.title = title;
		this.detail = detail;
		this.fieldErrors = new LinkedHashMap<>(fieldErrors);
		this.properties = new LinkedHashMap<>(properties);
	}

	public int status() {
		return this.status;
	}

	/**
	 * The last part of the problem type, such as {@code search-unavailable}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public String detail() {
		return this.detail;
	}

	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

	/**
	 * Other members of the problem document, such as {@code currentStatus} or
	 * {@code existing}.
	 * @return the members by name
	 */
	public Map<String, Object> properties() {
		return this.properties;
	}

	/**
	 * Whether search is down (Elasticsearch unreachable or slow) while the rest works.
	 * @return {@code true} for a 503
	 */
	public boolean isSearchUnavailable() {
		return this.status == 503;
	}

}
