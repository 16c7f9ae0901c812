/**
 * The partner portal's drafts: help requests a partner organisation's users are still
 * writing, kept for their organisation only until one of them submits it as a request.
 */
package org.carepool.registry.portal;
