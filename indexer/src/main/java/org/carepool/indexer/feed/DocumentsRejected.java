package org.carepool.indexer.feed;

import java.util.List;

import org.carepool.indexer.index.Rejection;

/**
 * Elasticsearch refused some documents for good; listeners must keep them durably before
 * the batch counts as applied.
 *
 * @param rejections the refused operations
 * @param position the feed position of the batch
 * @param index the index written to
 */
public record DocumentsRejected(List<Rejection> rejections, long position, String index) {
}
