/**
 * The district's reference data — streets, skills, certification types, languages,
 * request categories, organisation types, projects and campaign days — with Chinese and
 * English labels, served read-only.
 */
package org.carepool.registry.taxonomy;
