/**
 * The roster import screens.
 */
package org.carepool.ui.roster.web;
