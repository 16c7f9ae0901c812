/**
 * The people screens.
 */
package org.carepool.ui.people.web;
