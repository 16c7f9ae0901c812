/**
 * One port for every message the registry sends to a person (e-mail today; SMS and WeChat
 * are adapters for later): in the local run the messages go to the log and a page
 * developers can open, with SMTP configured they are sent as e-mail.
 */
package org.carepool.registry.notification;
