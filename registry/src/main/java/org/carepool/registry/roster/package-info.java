/**
 * Rosters coordinators bring in from their spreadsheets (.xlsx or .csv): read, mapped by
 * header, checked row by row and cell by cell against the registration rules, then
 * imported in batches that can be resumed and never bring the same row in twice.
 */
package org.carepool.registry.roster;
