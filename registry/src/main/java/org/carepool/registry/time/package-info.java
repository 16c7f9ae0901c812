/**
 * The association's calendar: Shanghai time, which "today", "this month", weekly
 * availability and the nightly run follow (docs/architecture.md §3.7).
 */
package org.carepool.registry.time;
