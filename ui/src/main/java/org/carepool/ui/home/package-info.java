/**
 * The start page: who is signed in and what they may do.
 */
package org.carepool.ui.home;
