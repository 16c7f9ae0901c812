/**
 * People: search with type-ahead and facets, a person's page with the audited reveal,
 * certificate review, availability and status actions.
 */
package org.carepool.ui.people;
