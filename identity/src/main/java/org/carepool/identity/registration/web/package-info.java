/**
 * The registration page, {@code /register}.
 */
package org.carepool.identity.registration.web;
