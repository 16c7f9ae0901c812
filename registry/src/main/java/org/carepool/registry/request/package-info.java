/**
 * Help requests from partner organisations, partner systems and coordinators: what is
 * needed, where and when, for which family reference, and where the request stands.
 */
package org.carepool.registry.request;
