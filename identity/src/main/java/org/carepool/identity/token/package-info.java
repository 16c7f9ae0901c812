/**
 * What the tokens say and how they are signed: the issuer, the RSA signing key and the
 * Carepool claims.
 */
package org.carepool.identity.token;
