package org.carepool.registry.taxonomy.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.registry.taxonomy.Taxonomy.Kind;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.HttpMethod;

/**
 * Serves the reference data, read-only, to every signed-in caller.
 */
@RestController
@RequestMapping("/api/taxonomy")
@SecurityRequirement(name = "bearer")
class TaxonomyController {

	private final Taxonomy taxonomy;

	TaxonomyController(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping
	@Operation(summary = "The kinds of reference data")
	List<String> kinds() {
		return java.util.Arrays.stream(Kind.values()).map(Kind::path).toList();
	}

	@GetMapping("/streets")
	@Operation(summary = "Streets and towns of the district, with their approximate centres")
	ResponseEntity<List<Taxonomy.Street>> streets() {
		return cached(List.copyOf(this.taxonomy.streets().values()));
	}

	@GetMapping("/skills")
	@Operation(summary = "The skill taxonomy, with areas and the certifications each skill needs")
	ResponseEntity<List<Taxonomy.Skill>> skills() {
		return cached(List.copyOf(this.taxonomy.skills().values()));
	}

	@GetMapping("/{kind}")
	@Operation(summary = "Labelled codes of one kind of reference data")
	ResponseEntity<List<Taxonomy.Term>> terms(@PathVariable String kind) throws NoResourceFoundException {
		Kind found = Kind.ofPath(kind)
			.orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, "/api/taxonomy/" + kind));
		return cached(this.taxonomy.terms(found));
	}

	private static <T> ResponseEntity<T> cached(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1))).body(body);
	}

}
