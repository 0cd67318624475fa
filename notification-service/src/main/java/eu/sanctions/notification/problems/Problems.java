package eu.sanctions.notification.problems;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The refusals the endpoints throw, rendered as problem+json. */
public final class Problems {

	/** The property of a 400 that lists the fields at fault. */
	public static final String ERRORS = "errors";

	private Problems() {
	}

	public static ErrorResponseException invalid(List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
		problem.setProperty(ERRORS, List.copyOf(problems));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	public static ErrorResponseException invalid(String field, String message) {
		return invalid(List.of(new FieldProblem(field, message)));
	}

	/**
	 * Not there, or not the caller's: the answer is the same, so that a caller learns
	 * nothing of what is not theirs.
	 */
	public static ErrorResponseException notFound(String what) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + what + " of yours has this id."), null);
	}

	public static ErrorResponseException conflict(String detail) {
		return new ErrorResponseException(HttpStatus.CONFLICT,
				ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail), null);
	}

}
