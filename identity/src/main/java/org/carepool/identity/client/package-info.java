/**
 * The applications allowed to ask for tokens: the ui, the indexer, a demo partner system
 * and the command line.
 */
package org.carepool.identity.client;
