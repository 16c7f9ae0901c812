/**
 * The signed-in person: OpenID Connect sign-in against the configured issuer, with tokens
 * kept on the server and roles turned into authorities.
 */
package org.carepool.ui.account;
