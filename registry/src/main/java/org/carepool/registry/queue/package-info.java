/**
 * The coordinators' work queues: what waits for them today, counted and listed, each
 * confined to a street coordinator's street. The lists come from the features that own
 * the work (people, requests, assignments); this feature only puts them together.
 */
package org.carepool.registry.queue;
