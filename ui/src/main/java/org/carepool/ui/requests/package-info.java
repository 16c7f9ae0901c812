/**
 * Requests and their staffing: the inbox, a request's page with its decisions and
 * history, and staffing from ranked matches with explanations and why-not.
 */
package org.carepool.ui.requests;
