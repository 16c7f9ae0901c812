/**
 * The read-only taxonomy endpoints under {@code /api/taxonomy}.
 */
package org.carepool.registry.taxonomy.web;
