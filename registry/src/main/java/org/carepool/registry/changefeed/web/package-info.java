/**
 * The internal endpoints the indexer uses, open only to the {@code registry.feed} scope.
 */
package org.carepool.registry.changefeed.web;
