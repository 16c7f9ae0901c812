/**
 * Exports of lists as .xlsx and .csv, streamed, with contact details masked unless a
 * reason is stated, spreadsheet formulas neutralised, and every export audited with its
 * filter and row count.
 */
package org.carepool.registry.export;
