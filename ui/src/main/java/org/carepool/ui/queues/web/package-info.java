/**
 * The queue screens.
 */
package org.carepool.ui.queues.web;
