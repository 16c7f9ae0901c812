package org.carepool.indexer.reconciliation.web;

import org.carepool.indexer.reconciliation.Reconciliation;
import org.carepool.indexer.reconciliation.ReconciliationReport;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reconciles the index with the registry on demand, and shows the last report.
 */
@RestController
@RequestMapping("/admin/reconcile")
class ReconciliationController {

	private final Reconciliation reconciliation;

	ReconciliationController(Reconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	@PostMapping
	ReconciliationReport reconcile(@RequestParam(defaultValue = "false") boolean repair) {
		return this.reconciliation.reconcile(repair);
	}

	@GetMapping
	ResponseEntity<ReconciliationReport> lastReport() {
		ReconciliationReport report = this.reconciliation.lastReport();
		return (report != null) ? ResponseEntity.ok(report) : ResponseEntity.noContent().build();
	}

}
