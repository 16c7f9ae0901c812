package org.carepool.ui.self.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A certificate as its holder types it. A coordinator verifies it; changing it sends it
 * back to be verified again.
 *
 * @param type the certification type's code
 * @param number the certificate's number, in full
 * @param issuer who issued it
 * @param issuedOn when
 * @param expiresOn when it expires, if it does
 */
record CertificateForm(String type, String number, String issuer, String issuedOn, String expiresOn) {

	static CertificateForm empty() {
		return new CertificateForm(null, null, null, null, null);
	}

	/** The certificate as recorded; its number is masked, so it is typed again. */
	static CertificateForm of(Map<String, Object> certificate) {
		return new CertificateForm(text(certificate.get("type")), null, text(certificate.get("issuer")),
				text(certificate.get("issuedOn")), text(certificate.get("expiresOn")));
	}

	Map<String, Object> toRequest() {
		Map<String, Object> body = new LinkedHashMap<>();
		put(body, "type", this.type);
		put(body, "number", this.number);
		put(body, "issuer", this.issuer);
		put(body, "issuedOn", this.issuedOn);
		put(body, "expiresOn", this.expiresOn);
		return body;
	}

	private static void put(Map<String, Object> body, String field, String value) {
		if (value != null && !value.isBlank()) {
			body.put(field, value.strip());
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
