/**
 * Rosters coordinators bring in from their spreadsheets: upload, preview with the columns
 * mapped and every problem by row and cell, a choice for each duplicate, then progress.
 */
package org.carepool.ui.roster;
