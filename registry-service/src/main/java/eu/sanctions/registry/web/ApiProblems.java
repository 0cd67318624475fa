package eu.sanctions.registry.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import eu.sanctions.events.registry.RegistryUpdateRejected.Reason;
import eu.sanctions.registry.register.UpdateRejected;
import eu.sanctions.registry.revisions.PackageAlreadyExists;
import eu.sanctions.registry.revisions.StaleRevision;
import eu.sanctions.registry.revisions.UnknownPackage;
import eu.sanctions.registry.sanctionsmap.InvalidSnapshot;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457): 400 with the
 * fields or lines that are wrong, 404 for what does not exist, 409 for a conflict with
 * the register as it stands, 428 for a write without {@code If-Match}; never a stack
 * trace. Spring MVC's own exceptions (unreadable body, wrong parameter type, unknown
 * path, ...) get their standard problem from the base class.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(UnknownPackage.class)
	ProblemDetail unknownPackage(UnknownPackage ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Unknown package", ex.getMessage(), request);
	}

	@ExceptionHandler(PackagesController.NotInForce.class)
	ProblemDetail notInForce(PackagesController.NotInForce ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not in force on that date", ex.getMessage(), request);
	}

	@ExceptionHandler(StaleRevision.class)
	ResponseEntity<ProblemDetail> staleRevision(StaleRevision ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed in the meantime", ex.getMessage(), request);
		problem.setProperty("currentRevision", ex.current());
		return ResponseEntity.status(HttpStatus.CONFLICT).eTag(IfMatch.etagOf(ex.current())).body(problem);
	}

	@ExceptionHandler({ PackageAlreadyExists.class, DuplicateKeyException.class })
	ProblemDetail alreadyExists(RuntimeException ex, HttpServletRequest request) {
		String detail = (ex instanceof PackageAlreadyExists) ? ex.getMessage()
				: "The package was created or changed at the same moment by another request; read it again";
		return problem(HttpStatus.CONFLICT, "Already exists", detail, request);
	}

	@ExceptionHandler(UpdateRejected.class)
	ProblemDetail updateRejected(UpdateRejected ex, HttpServletRequest request) {
		HttpStatus status = (ex.reason() == Reason.UNKNOWN_LISTING) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
		ProblemDetail problem = problem(status, "Does not fit the package", ex.getMessage(), request);
		problem.setProperty("reason", ex.reason().name());
		return problem;
	}

	@ExceptionHandler(IfMatch.PreconditionRequired.class)
	ProblemDetail preconditionRequired(IfMatch.PreconditionRequired ex, HttpServletRequest request) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", ex.getMessage(), request);
	}

	@ExceptionHandler(IfMatch.Malformed.class)
	ProblemDetail malformedIfMatch(IfMatch.Malformed ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Malformed If-Match", ex.getMessage(), request);
	}

	@ExceptionHandler(InvalidSnapshot.class)
	ProblemDetail invalidSnapshot(InvalidSnapshot ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid Sanctions Map file",
				ex.getMessage() + "; nothing was imported", request);
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid values",
				request);
		problem.setProperty("errors",
				ex.getConstraintViolations()
					.stream()
					.map((violation) -> Map.of("field", violation.getPropertyPath().toString(), "message",
							violation.getMessage()))
					.toList());
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request could not be completed; nothing was changed. The error is logged.", request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.add(fieldError(error.getField(), error.getDefaultMessage(), error)));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
		ProblemDetail problem = ex.getBody();
		problem.setTitle("Invalid request");
		problem.setDetail("The request body has " + errors.size() + " invalid field(s)");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(
						fieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage(), error))));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid parameter(s)");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static Map<String, Object> fieldError(String field, String message, MessageSourceResolvable error) {
		Object rejected = (error instanceof FieldError fieldError) ? fieldError.getRejectedValue() : null;
		return (rejected instanceof String || rejected instanceof Number)
				? Map.of("field", String.valueOf(field), "message", String.valueOf(message), "rejectedValue",
						abbreviated(rejected.toString()))
				: Map.of("field", String.valueOf(field), "message", String.valueOf(message));
	}

	private static String abbreviated(String value) {
		return (value.length() > 100) ? value.substring(0, 100) + "..." : value;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
