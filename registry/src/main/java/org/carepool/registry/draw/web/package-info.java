/**
 * The draw endpoints under {@code /api/requests/{id}/draws} for the request's
 * coordinators.
 */
package org.carepool.registry.draw.web;
