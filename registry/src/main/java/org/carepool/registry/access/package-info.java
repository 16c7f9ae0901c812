/**
 * Who may do what: the registry as an OAuth2 resource server, with roles, street and
 * organisation taken from the access token's claims.
 */
package org.carepool.registry.access;
