/**
 * The request and staffing screens.
 */
package org.carepool.ui.requests.web;
