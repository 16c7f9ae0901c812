/**
 * The people who can sign in: the demo accounts of the {@code local} profile and the
 * claims each one carries.
 */
package org.carepool.identity.account;
