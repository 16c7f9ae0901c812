/**
 * The developers' page of the local run: the messages the log adapter wrote.
 */
package org.carepool.registry.notification.web;
