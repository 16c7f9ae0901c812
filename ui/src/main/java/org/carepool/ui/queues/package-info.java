/**
 * The coordinators' queues: applicants to vet, certifications to verify, hours to
 * approve.
 */
package org.carepool.ui.queues;
