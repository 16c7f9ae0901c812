/**
 * The frame's model attributes and the pages for problems every screen can meet.
 */
package org.carepool.ui.frame.web;
