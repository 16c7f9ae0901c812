package org.carepool.registry.changefeed;

import java.io.IOException;

import org.carepool.search.PersonDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the registry writes search documents exactly as the index contract's fixture
 * (from the search module) says, with the registry's own JSON settings.
 */
@JsonTest
class SearchDocumentJsonTests {

	private static final String FIXTURE = "/org/carepool/search/person-document.json";

	@Autowired
	private JacksonTester<PersonDocument> json;

	@Test
	void writesDocumentsAsTheIndexContractSays() throws IOException {
		PersonDocument document = this.json.read(FIXTURE).getObject();
		assertThat(this.json.write(document)).isEqualToJson(FIXTURE);
	}

}
