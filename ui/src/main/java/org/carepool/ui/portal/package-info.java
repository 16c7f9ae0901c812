/**
 * The partner portal: a partner organisation's users write requests (saved as drafts
 * until submitted), follow their organisation's requests through their states, edit,
 * cancel and rate them.
 */
package org.carepool.ui.portal;
