/**
 * The export screens.
 */
package org.carepool.ui.exports.web;
