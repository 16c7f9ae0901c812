package org.carepool.ui.registry;

/**
 * A registry answer with its entity tag, for changes that send {@code If-Match}.
 *
 * @param body the answer
 * @param etag the {@code ETag} header, if any
 * @param <T> the body's type
 */
public record Answer<T>(T body, String etag) {
}
