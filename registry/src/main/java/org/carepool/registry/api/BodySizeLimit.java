package org.carepool.registry.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses request bodies larger than {@link ApiProperties#maxBodySize()}, whether they
 * declare their length or stream it in chunks.
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

	// Where files are uploaded: a roster is larger than any JSON body.
	private static final java.util.Set<String> UPLOADS = java.util.Set.of("/api/roster-imports");

	private final long limit;

	private final long uploadLimit;

	private final HandlerExceptionResolver resolver;

	private final LocaleResolver locales;

	BodySizeLimit(ApiProperties properties, HandlerExceptionResolver handlerExceptionResolver,
			LocaleResolver localeResolver) {
		this.limit = properties.maxBodySize().toBytes();
		this.uploadLimit = properties.maxUploadSize().toBytes();
		this.resolver = handlerExceptionResolver;
		this.locales = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = UPLOADS.contains(request.getRequestURI()) ? this.uploadLimit : this.limit;
		if (request.getContentLengthLong() > limit) {
			StrictParameters.answer(request, response, this.resolver, this.locales, new BodyTooLarge(limit));
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		Counting(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int next = this.delegate.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int bytes) {
			this.count += bytes;
			if (this.count > this.limit) {
				throw new BodyTooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
