package eu.sanctions.notification.problems;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring's own problem details for the framework's exceptions, with the fields at fault
 * on a 400, a 403 for a caller who asks for what is not theirs, and a bare 500 for the
 * unexpected, whose cause goes to the log and not to the caller.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		ProblemDetail problem = ex.getBody();
		problem.setDetail("The request is not valid.");
		problem.setProperty(Problems.ERRORS, problems);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = ex.getBody();
		problem.setDetail("The request is not valid.");
		problem.setProperty(Problems.ERRORS, problems);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error answering a request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
