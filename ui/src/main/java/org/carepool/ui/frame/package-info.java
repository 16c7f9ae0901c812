/**
 * The frame of every page: the menu of what the signed-in role may do, the language
 * switch that keeps the page, and how registry problems are shown.
 */
package org.carepool.ui.frame;
