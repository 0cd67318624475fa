package eu.sanctions.renewal.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import eu.sanctions.renewal.process.EngineTransactions;
import eu.sanctions.renewal.process.StartingRenewals;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457): 400 with the
 * fields that are wrong, 403 for a desk speaking for another state, 404 for an unknown
 * renewal or package, 409 with a {@code reason} for a renewal that cannot take the
 * request, 503 with {@code Retry-After} for a failure that may pass (the database away,
 * the renewal's concurrent changes colliding for every attempt); never a stack trace or
 * SQL. Spring MVC's own exceptions (unreadable body, wrong parameter type, unknown path,
 * ...) get their standard problem from the base class.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	/**
	 * How long a client waits before trying again after a failure that may pass: the
	 * engine's own attempts took a few seconds already.
	 */
	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	@ExceptionHandler(RequestRefused.class)
	ResponseEntity<ProblemDetail> refused(RequestRefused ex, HttpServletRequest request) {
		ProblemDetail problem = problem(ex.status(), ex.title(), ex.getMessage(), request);
		if (ex.reason() != null) {
			problem.setProperty("reason", ex.reason());
		}
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors",
					ex.errors()
						.stream()
						.map((error) -> Map.of("field", error.field(), "message", error.message()))
						.toList());
		}
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler(StartingRenewals.RenewalEnded.class)
	ResponseEntity<ProblemDetail> renewalEnded(StartingRenewals.RenewalEnded ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage(), request);
		problem.setProperty("reason", "RENEWAL_ENDED");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (EngineTransactions.PASSING_FAILURES.mayPass(ex)) {
			log.warn("{} {} failed for now, the client is asked to try again: {}", request.getMethod(),
					request.getRequestURI(), ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Try again",
						"The request could not be completed now (the renewal is much in demand, or the database is "
								+ "busy); nothing was changed. Try again in a moment.",
						request));
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					"The request could not be completed; nothing was changed. The error is logged.", request));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors
				.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
		ProblemDetail problem = ex.getBody();
		problem.setTitle("Invalid request");
		problem.setDetail("The request has " + errors.size() + " invalid field(s)");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors
					.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message",
							String.valueOf(error.getDefaultMessage())))));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid parameter(s)");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
