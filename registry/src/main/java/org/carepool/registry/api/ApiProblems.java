package org.carepool.registry.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
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

	@ExceptionHandler(BodyTooLarge.class)
	ProblemDetail bodyTooLarge(BodyTooLarge ex) {
		return Problems.of(this.messages, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", ex.limit());
	}

	/**
	 * Leaves refusals to Spring Security, which answers and audits them.
	 */
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
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String code = (mismatch instanceof InvalidFormatException invalid && invalid.getTargetType() != null
					&& invalid.getTargetType().isEnum()) ? "unknown-value" : "type-mismatch";
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
