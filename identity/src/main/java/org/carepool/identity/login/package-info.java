/**
 * How people sign in: the security filter chains, the session and the bilingual login
 * page.
 */
package org.carepool.identity.login;
