/**
 * The recruitment endpoints: the public {@code /public/recruitment} (no sign-in) and the
 * signed-in {@code /api/account-links}.
 */
package org.carepool.registry.recruitment.web;
