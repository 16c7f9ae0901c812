/**
 * The organisation endpoints under {@code /api/organisations}.
 */
package org.carepool.registry.organisation.web;
