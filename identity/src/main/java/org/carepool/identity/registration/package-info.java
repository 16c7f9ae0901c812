/**
 * Self-registration on the local issuer: someone who applied through public recruitment
 * creates an account (volunteer or expert) and then links it to their vetted application
 * in the ui with a code sent to them. Local profile only; production uses the identity
 * provider's own registration (Keycloak's "user registration").
 */
package org.carepool.identity.registration;
