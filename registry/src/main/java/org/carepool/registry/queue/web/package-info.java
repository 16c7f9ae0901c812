/**
 * The queue endpoints under {@code /api/queues} for coordinators.
 */
package org.carepool.registry.queue.web;
