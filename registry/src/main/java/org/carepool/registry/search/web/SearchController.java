package org.carepool.registry.search.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carepool.registry.access.Caller;
import org.carepool.registry.search.PeopleSearch;
import org.carepool.registry.search.SearchCriteria;
import org.carepool.registry.search.SearchPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People search and name type-ahead for coordinators.
 */
@RestController
@RequestMapping("/api/people")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'STREET_COORDINATOR')")
@Tag(name = "search", description = "Finding people in the index")
@SecurityRequirement(name = "bearer")
class SearchController {

	private final PeopleSearch search;

	SearchController(PeopleSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	@Operation(summary = "Search people: free text, filters, a place, facets, sorting and search_after pages; "
			+ "a facet repeated (street=a&street=b) matches any of its values, the facets together all")
	SearchPage search(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(name = "type", required = false) List<@Size(max = 20) String> types,
			@RequestParam(name = "skill", required = false) @Size(max = 20) List<@Size(max = 60) String> skills,
			@RequestParam(required = false) @Min(1) @Max(5) Integer minLevel,
			@RequestParam(name = "area", required = false) @Size(max = 20) List<@Size(max = 40) String> areas,
			@RequestParam(name = "street", required = false) @Size(max = 20) List<@Size(max = 40) String> streets,
			@RequestParam(name = "language", required = false) @Size(max = 20) List<@Size(max = 20) String> languages,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime availableFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime availableTo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate certifiedOn,
			@RequestParam(required = false) @Size(max = 60) String certification,
			@RequestParam(required = false) PersonStatusParam status, @RequestParam(required = false) Boolean special,
			@RequestParam(required = false) @Size(max = 40) String nearStreet,
			@RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90") Double lat,
			@RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180") Double lon,
			@RequestParam(required = false) @DecimalMin("0.1") @DecimalMax("100") Double radiusKm,
			@RequestParam(required = false) SearchCriteria.Sort sort,
			@RequestParam(required = false) @Min(1) @Max(50) Integer size,
			@RequestParam(required = false) @Size(max = 500) String after, Authentication authentication) {
		return this.search.search(Caller.of(authentication),
				new SearchCriteria(q, types, skills, minLevel, areas, streets, languages, availableFrom, availableTo,
						certifiedOn, certification, (status != null) ? status.name() : null, special, nearStreet, lat,
						lon, radiusKm, sort, size, after));
	}

	@GetMapping("/suggest")
	@Operation(summary = "Names for type-ahead: characters, pinyin or initials typed so far")
	List<PeopleSearch.Suggestion> suggest(@RequestParam @NotBlank @Size(max = 30) String q,
			Authentication authentication) {
		return this.search.suggest(Caller.of(authentication), q);
	}

	/**
	 * The statuses a search can be narrowed to.
	 */
	enum PersonStatusParam {

		APPLICANT, ACTIVE, SUSPENDED, RETIRED

	}

}
