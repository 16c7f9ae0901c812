/**
 * Exports of lists as spreadsheets, relayed from the registry as they stream.
 */
package org.carepool.ui.exports;
