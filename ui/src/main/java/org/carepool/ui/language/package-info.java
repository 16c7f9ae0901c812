/**
 * The language of the pages: Simplified Chinese first, English on request.
 */
package org.carepool.ui.language;
