/**
 * Public recruitment (招募注册): the versioned privacy notice and volunteer agreement,
 * applications from anyone that become applicants for coordinators to vet, and the
 * one-time codes that link a vetted applicant's account.
 */
package org.carepool.registry.recruitment;
