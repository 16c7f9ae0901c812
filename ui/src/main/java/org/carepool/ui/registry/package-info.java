/**
 * The registry as the ui calls it: a REST client that relays the signed-in person's
 * access token (refreshed on the server, never shown to the browser), asks for answers in
 * the person's language and turns problem documents into {@link RegistryProblem}s the
 * screens can show.
 */
package org.carepool.ui.registry;
