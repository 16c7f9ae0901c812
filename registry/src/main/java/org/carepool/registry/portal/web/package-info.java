/**
 * The draft endpoints: {@code /api/request-drafts} for partner users.
 */
package org.carepool.registry.portal.web;
