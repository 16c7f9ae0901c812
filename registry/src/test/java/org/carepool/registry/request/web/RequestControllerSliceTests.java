package org.carepool.registry.request.web;

import java.util.UUID;

import org.carepool.registry.access.CallerTokens;
import org.carepool.registry.access.Callers;
import org.carepool.registry.access.WebSlice;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.request.IllegalRequestTransition;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.RequestNotFound;
import org.carepool.registry.request.RequestStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A web slice of the request endpoints: the real security chain, parameter and body
 * checks and problem answers, with the request feature behind them replaced — who may
 * call what, and what each refusal looks like, without a database.
 */
@WebMvcTest(RequestController.class)
@Import(WebSlice.class)
class RequestControllerSliceTests {

	private static final String ID = "3f6b1c9e-5a4d-4e7b-9c2a-1d8e7f6a5b4c";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private RequestManagement requests;

	@MockitoBean
	private AuditTrail audit;

	@Test
	void withoutATokenTheAnswerIsAProblemAndNothingIsAsked() throws Exception {
		this.mvc.perform(get("/api/requests"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.requests);
	}

	@Test
	void aVolunteerMayNotSubmitAndIsToldSoBeforeTheBodyIsRead() throws Exception {
		this.mvc
			.perform(as(Callers.VOLUNTEER, post("/api/requests")).contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verify(this.audit).denied(any());
		verifyNoInteractions(this.requests);
	}

	@Test
	void aMalformedBodyIsABadRequestProblem() throws Exception {
		this.mvc
			.perform(as(Callers.COORDINATOR, post("/api/requests")).contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:carepool:problem:malformed-body"));
		verifyNoInteractions(this.requests);
	}

	@Test
	void aBadIdempotencyKeyIsRefusedBeforeAnythingIsSubmitted() throws Exception {
		this.mvc
			.perform(as(Callers.PARTNER, post("/api/requests")).header("Idempotency-Key", "no spaces!")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.requests);
	}

	@Test
	void aPageSizeOutOfRangeIsABadRequestProblem() throws Exception {
		this.mvc.perform(as(Callers.COORDINATOR, get("/api/requests")).param("limit", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.requests);
	}

	@Test
	void anUnknownRequestIsNotFound() throws Exception {
		given(this.requests.find(any(), eq(UUID.fromString(ID)))).willThrow(new RequestNotFound(UUID.fromString(ID)));
		this.mvc.perform(as(Callers.PARTNER, get("/api/requests/" + ID)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:carepool:problem:request-not-found"));
	}

	@Test
	void anIdThatIsNotAnIdIsABadRequestNotAMissingRequest() throws Exception {
		this.mvc.perform(as(Callers.COORDINATOR, get("/api/requests/not-an-id")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.requests);
	}

	@Test
	void anEditWithoutIfMatchIsRefusedWithPreconditionRequired() throws Exception {
		this.mvc
			.perform(as(Callers.COORDINATOR, put("/api/requests/" + ID)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"category": "family-support", "title": "哀伤陪伴", "place": {"street": "taopu-town"},
						 "schedule": {"date": "2030-01-08", "start": "09:00", "end": "11:00"}}
						"""))
			.andExpect(status().is(428))
			.andExpect(jsonPath("$.type").value("urn:carepool:problem:precondition-required"));
		verifyNoInteractions(this.requests);
	}

	@Test
	void anEditWithAnInvalidBodyIsRefusedForTheBodyFirst() throws Exception {
		this.mvc
			.perform(as(Callers.COORDINATOR, put("/api/requests/" + ID)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(this.requests);
	}

	@Test
	void aTransitionTheStatusDoesNotAllowIsAConflictNamingTheStatus() throws Exception {
		given(this.requests.transition(any(), eq(UUID.fromString(ID)), any(), eq(RequestStatus.ACCEPTED), any()))
			.willThrow(new IllegalRequestTransition(RequestStatus.COMPLETED, "ACCEPTED"));
		this.mvc.perform(as(Callers.COORDINATOR, post("/api/requests/" + ID + "/accept")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:carepool:problem:illegal-request-transition"))
			.andExpect(jsonPath("$.currentStatus").value("COMPLETED"));
	}

	@Test
	void onlyCoordinatorsAcceptRequests() throws Exception {
		for (Callers caller : new Callers[] { Callers.PARTNER, Callers.EXPERT, Callers.PARTNER_CLIENT }) {
			this.mvc.perform(as(caller, post("/api/requests/" + ID + "/accept"))).andExpect(status().isForbidden());
		}
		verifyNoInteractions(this.requests);
	}

	@Test
	void theFeedClientReadsNoRequests() throws Exception {
		this.mvc.perform(as(Callers.FEED_CLIENT, get("/api/requests"))).andExpect(status().isForbidden());
		verifyNoInteractions(this.requests);
	}

	private static MockHttpServletRequestBuilder as(Callers caller, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + CallerTokens.of(caller, "slice-" + caller.name()));
	}

}
