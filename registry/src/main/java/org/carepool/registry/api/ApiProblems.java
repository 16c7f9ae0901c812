package org.carepool.registry.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every request the registry cannot serve with a problem document: malformed
 * JSON, unknown enum values, invalid fields and parameters, wrong methods and media
 * types, and unexpected failures — never with a stack trace or an internal message.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput ex) {
		return Problems.invalid(this.messages,
				ex.violations()
					.stream()
					.map((violation) -> Problems.FieldMessage.of(this.messages, violation.field(), violation.code()))
					.toList());
	}

	/**
	 * A header or URL the firewall refuses when the application reads it.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejected() {
		return Problems.of(this.messages, HttpStatus.BAD_REQUEST, "bad-request");
	}

	@ExceptionHandler(IfMatch.Missing.class)
	ProblemDetail ifMatchMissing() {
		return Problems.of(this.messages, HttpStatus.PRECONDITION_REQUIRED, "precondition-required");
	}

	@ExceptionHandler(BodyTooLarge.class)
	ProblemDetail bodyTooLarge(BodyTooLarge ex) {
		return Problems.of(this.messages, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", ex.limit());
	}

	@ExceptionHandler(TooManyRequests.class)
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequests ex) {
		long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(Problems.of(this.messages, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", seconds));
	}

	/**
	 * Leaves refusals to Spring Security, which answers and audits them.
	 */
	/**
	 * A change that met a concurrent one at commit, whichever record it was.
	 * @return the problem
	 */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail concurrent() {
		return Problems.of(this.messages, HttpStatus.PRECONDITION_FAILED, "stale-version");
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void refusal(Exception ex) throws Exception {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		String incident = UUID.randomUUID().toString();
		log.error("Unexpected failure, incident {}", incident, ex);
		ProblemDetail problem = Problems.of(this.messages, HttpStatus.INTERNAL_SERVER_ERROR, "internal", incident);
		problem.setProperty("incident", incident);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldMessage> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new Problems.FieldMessage(error.getField(), message(error, locale)))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid(this.messages, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldMessage> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new Problems.FieldMessage(result.getMethodParameter().getParameterName(),
						this.messages.getMessage(error, locale))))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid(this.messages, errors));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(Problems.invalid(this.messages,
					List.of(Problems.FieldMessage.of(this.messages, ex.getParameterName(), "required"))));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return ResponseEntity.badRequest()
			.body(Problems.invalid(this.messages,
					List.of(Problems.FieldMessage.of(this.messages, String.valueOf(name), "type-mismatch"))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLarge tooLarge = cause(ex, BodyTooLarge.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(bodyTooLarge(tooLarge));
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String code = code(mismatch);
			return ResponseEntity.badRequest()
				.body(Problems.invalid(this.messages,
						List.of(Problems.FieldMessage.of(this.messages, path(mismatch), code))));
		}
		return ResponseEntity.badRequest().body(Problems.of(this.messages, HttpStatus.BAD_REQUEST, "malformed-body"));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// The framework's own problems carry English details that may name internal
		// types.
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (status == null) {
			status = HttpStatus.BAD_REQUEST;
		}
		ProblemDetail problem = Problems.of(this.messages, status, slug(status));
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		return Problems.invalid(this.messages, ex.getConstraintViolations()
			.stream()
			.map((violation) -> new Problems.FieldMessage(leaf(violation.getPropertyPath()), violation.getMessage()))
			.sorted(java.util.Comparator.comparing(Problems.FieldMessage::field))
			.toList());
	}

	/**
	 * Answers an integrity violation that escaped every check before it with a conflict
	 * that names no constraint, rather than guessing a cause.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.warn("Integrity violation not caught by a check: {}", ex.getMostSpecificCause().getClass().getName());
		return Problems.of(this.messages, HttpStatus.CONFLICT, "conflict");
	}

	private static String code(MismatchedInputException mismatch) {
		if (mismatch instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			if (invalid.getTargetType().isEnum()) {
				return "unknown-value";
			}
			if (invalid.getTargetType() == String.class) {
				return "invalid-characters";
			}
			if (invalid.getTargetType() == java.time.LocalDate.class
					&& invalid.getValue() instanceof java.time.LocalDate) {
				return "date-out-of-range";
			}
		}
		return "type-mismatch";
	}

	private static String leaf(jakarta.validation.Path path) {
		String leaf = "";
		for (jakarta.validation.Path.Node node : path) {
			if (node.getName() != null) {
				leaf = node.getName();
			}
		}
		return leaf;
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable each = ex; each != null; each = (each.getCause() != each) ? each.getCause() : null) {
			if (type.isInstance(each)) {
				return type.cast(each);
			}
		}
		return null;
	}

	private String message(FieldError error, Locale locale) {
		return this.messages.getMessage(error, locale);
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String slug(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case NOT_ACCEPTABLE -> "not-acceptable";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
			case PAYLOAD_TOO_LARGE -> "body-too-large";
			case INTERNAL_SERVER_ERROR -> "internal";
			case SERVICE_UNAVAILABLE -> "unavailable";
			default -> "bad-request";
		};
	}

}
