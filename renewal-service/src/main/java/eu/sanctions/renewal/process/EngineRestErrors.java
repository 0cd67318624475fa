package eu.sanctions.renewal.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.processes.process.PositionAfterDeadline;
import eu.sanctions.processes.process.RejectedTaskInput;

/**
 * How the engine REST API answers a failure. A task completion the renewal's rules refuse
 * is the caller's mistake: 400 with what is wrong (409 {@code AFTER_DEADLINE} for a
 * position after its deadline), as {@code application/problem+json}, not Camunda's 500. A
 * concurrent change is a 409 to retry. Any other server error is logged and answered
 * without its message, which may hold SQL or internals. Client errors keep Camunda's own
 * answer (its clients, Tasklist among them, read it).
 */
final class EngineRestErrors {

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
		if (cause(failure, OptimisticLockingException.class).isPresent()) {
			return response(problem(409, "Conflict",
					"Someone changed the same renewal at the same moment; nothing was changed. Try again."));
		}
		Response standard = ExceptionHandlerHelper.getInstance().getResponse(failure);
		if (standard.getStatus() < 500) {
			return standard;
		}
		log.error("Engine REST request failed", failure);
		return response(problem(500, "Internal error",
				"The engine could not complete the request; nothing was changed. The error is logged."));
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

	static List<ExceptionMapper<?>> mappers() {
		return List.of(new OfEngine(), new OfRestLayer(), new OfAnything());
	}

}
