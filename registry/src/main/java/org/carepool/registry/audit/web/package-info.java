/**
 * The audit trail's endpoint, for administrators.
 */
package org.carepool.registry.audit.web;
