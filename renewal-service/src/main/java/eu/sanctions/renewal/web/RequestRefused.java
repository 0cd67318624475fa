package eu.sanctions.renewal.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import eu.sanctions.renewal.renewal.FieldProblem;

/** A request the API refuses, with what the problem says. */
class RequestRefused extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final String reason;

	private final List<FieldProblem> errors;

	RequestRefused(HttpStatus status, String title, String detail, String reason, List<FieldProblem> errors) {
		super(detail);
		this.status = status;
		this.title = title;
		this.reason = reason;
		this.errors = List.copyOf(errors);
	}

	static RequestRefused unknownRenewal(String renewalId) {
		return new RequestRefused(HttpStatus.NOT_FOUND, "Unknown renewal",
				"No renewal " + abbreviated(renewalId) + " is known.", null, List.of());
	}

	static RequestRefused conflict(String reason, String detail) {
		return new RequestRefused(HttpStatus.CONFLICT, "Conflict", detail, reason, List.of());
	}

	static RequestRefused invalid(List<FieldProblem> errors) {
		return new RequestRefused(HttpStatus.BAD_REQUEST, "Invalid request",
				"The request has " + errors.size() + " invalid field(s)", null, errors);
	}

	static String abbreviated(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	String reason() {
		return this.reason;
	}

	List<FieldProblem> errors() {
		return this.errors;
	}

}
