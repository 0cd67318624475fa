package eu.sanctions.renewal.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.processes.process.PositionAfterDeadline;
import eu.sanctions.processes.process.PositionNotByItsDesk;
import eu.sanctions.processes.process.RejectedTaskInput;

/**
 * How the engine REST API answers a failure: always {@code application/problem+json},
 * never a stack trace or an internal message.
 * <ul>
 * <li>A task completion the renewal's rules refuse is the caller's mistake: 400 with what
 * is wrong (409 {@code AFTER_DEADLINE} for a position after its deadline), not Camunda's
 * 500. A position not given by its state's desk is 403.</li>
 * <li>A resource the caller may not see or change, and one that does not exist, get one
 * and the same 403, so that an answer never tells whether another state's task or a
 * renewal's instance exists. 403 rather than 404: it is what the rest of the service
 * answers when the role or the state does not fit (the renewals API, whether the renewal
 * exists or not), and what the engine answers already for the commonest case, a desk at
 * another state's task; the API's clients need one status for "not for you".</li>
 * <li>A concurrent change is a 409 to retry.</li>
 * <li>Other client errors keep their status and Camunda's message; any server error is
 * logged and answered without its message, which may hold SQL or internals.</li>
 * </ul>
 */
final class EngineRestErrors {

	/** The same words as the doors' own refusal of a task the caller may not see. */
	static final String NOT_FOUND_OR_NOT_YOURS = "There is no such task or instance, or it is not yours to see "
			+ "or to change.";

	private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROBLEM = "application/problem+json";

	private EngineRestErrors() {
	}

	static Response answer(Throwable failure) {
		Optional<RejectedTaskInput> rejected = cause(failure, RejectedTaskInput.class);
		if (rejected.isPresent()) {
			boolean late = rejected.get() instanceof PositionAfterDeadline;
			Map<String, Object> problem = problem(late ? 409 : 400, late ? "Conflict" : "Invalid task input",
					String.join(" ", rejected.get().problems()));
			problem.put("errors", rejected.get().problems());
			if (late) {
				problem.put("reason", PositionRejected.Reason.AFTER_DEADLINE.name());
			}
			return response(problem);
		}
		Optional<PositionNotByItsDesk> notItsDesk = cause(failure, PositionNotByItsDesk.class);
		if (notItsDesk.isPresent()) {
			return response(problem(403, "Forbidden", notItsDesk.get().getMessage()));
		}
		if (cause(failure, OptimisticLockingException.class).isPresent()) {
			return response(problem(409, "Conflict",
					"Someone changed the same renewal at the same moment; nothing was changed. Try again."));
		}
		if (notFoundOrNotYours(failure)) {
			return response(problem(403, "Forbidden", NOT_FOUND_OR_NOT_YOURS));
		}
		if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
			// Jersey's own: no such endpoint, method or media type.
			int status = web.getResponse().getStatus();
			return response(problem(status, title(status), "The engine's REST API takes no such request: "
					+ web.getResponse().getStatusInfo().getReasonPhrase() + "."));
		}
		if (cause(failure, JsonProcessingException.class).isPresent()) {
			return response(problem(400, "Bad Request", "The request body is not the JSON this endpoint takes."));
		}
		int status = ExceptionHandlerHelper.getInstance().getResponse(failure).getStatus();
		if (status < 500) {
			return response(problem(status, title(status), failure.getMessage()));
		}
		log.error("Engine REST request failed", failure);
		return response(problem(500, "Internal error",
				"The engine could not complete the request; nothing was changed. The error is logged."));
	}

	/**
	 * The engine's refusals, and its "not found" in all its forms: an unknown id in a
	 * command, a query that found nothing for the caller.
	 */
	private static boolean notFoundOrNotYours(Throwable failure) {
		return cause(failure, AuthorizationException.class).isPresent()
				|| cause(failure, NotFoundException.class).isPresent()
				|| cause(failure, NullValueException.class).isPresent()
				|| cause(failure, RestException.class).filter((rest) -> rest.getStatus() == Status.NOT_FOUND)
					.isPresent();
	}

	private static String title(int status) {
		Status known = Status.fromStatusCode(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	private static Map<String, Object> problem(int status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		return problem;
	}

	private static Response response(Map<String, Object> problem) {
		try {
			return Response.status((int) problem.get("status"))
				.type(PROBLEM)
				.entity(JSON.writeValueAsString(problem))
				.build();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

	/** For the engine's exceptions, in place of Camunda's own mapper. */
	static final class OfEngine implements ExceptionMapper<ProcessEngineException> {

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return answer(exception);
		}

	}

	/** For the REST layer's exceptions. */
	static final class OfRestLayer implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException exception) {
			return answer(exception);
		}

	}

	/** For anything else, e.g. a delegate's exception that is not the engine's. */
	static final class OfAnything implements ExceptionMapper<Throwable> {

		@Override
		public Response toResponse(Throwable exception) {
			return answer(exception);
		}

	}

	/** For a body that is not JSON, in place of Camunda's mapper. */
	static final class OfUnreadableJson implements ExceptionMapper<JsonParseException> {

		@Override
		public Response toResponse(JsonParseException exception) {
			return answer(exception);
		}

	}

	/** For JSON that does not fit the endpoint, in place of Camunda's mapper. */
	static final class OfUnfittingJson implements ExceptionMapper<JsonMappingException> {

		@Override
		public Response toResponse(JsonMappingException exception) {
			return answer(exception);
		}

	}

	static List<ExceptionMapper<?>> mappers() {
		return List.of(new OfEngine(), new OfRestLayer(), new OfUnreadableJson(), new OfUnfittingJson(),
				new OfAnything());
	}

}
