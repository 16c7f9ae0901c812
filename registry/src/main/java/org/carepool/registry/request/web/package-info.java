/**
 * The request endpoints: {@code /api/requests} for partners, partner systems and
 * coordinators.
 */
package org.carepool.registry.request.web;
