package org.carepool.registry.recruitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The privacy notice and the volunteer agreement applicants read, each in its current
 * version, in Chinese and English; an application names the versions it agreed to and is
 * refused when they are not the current ones.
 */
@Component
public class Terms {

	/** The current privacy notice. */
	public static final String NOTICE_VERSION = "2026-12";

	/** The current volunteer agreement. */
	public static final String AGREEMENT_VERSION = "2026-12";

	/**
	 * The purposes an applicant consents to, each separately; {@code registry} is
	 * required.
	 */
	public static final List<String> PURPOSES = List.of("registry", "matching", "contact", "publicity");

	private final TermsResponse current = new TermsResponse(
			new TermsResponse.Text(NOTICE_VERSION, read("privacy-notice-" + NOTICE_VERSION + ".zh.txt"),
					read("privacy-notice-" + NOTICE_VERSION + ".en.txt")),
			PURPOSES, new TermsResponse.Text(AGREEMENT_VERSION, read("agreement-" + AGREEMENT_VERSION + ".zh.txt"),
					read("agreement-" + AGREEMENT_VERSION + ".en.txt")));

	/**
	 * The current texts.
	 * @return the notice, the purposes and the agreement
	 */
	public TermsResponse current() {
		return this.current;
	}

	private static String read(String name) {
		try {
			return new ClassPathResource("org/carepool/registry/recruitment/" + name)
				.getContentAsString(StandardCharsets.UTF_8)
				.strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
