/**
 * The partner portal's screens under {@code /portal}.
 */
package org.carepool.ui.portal.web;
