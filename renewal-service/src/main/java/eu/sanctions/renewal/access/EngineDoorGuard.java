package eu.sanctions.renewal.access;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.sanctions.events.access.Caller;
import eu.sanctions.processes.process.RenewalTask;

/**
 * The rules of the engine's own doors, its REST API ({@code /engine-rest}) and Tasklist's
 * ({@code /camunda/api/engine/engine/{engine}}), where the engine's authorizations are
 * not enough: they let whoever may work on a task send any variables with its completion,
 * which the engine sets on the process (a desk could overwrite its branch's
 * {@code state}, the deadline, the risk), and they let staff and admins work on every
 * task. So, whichever of the two doors:
 * <ul>
 * <li>a completion ({@code complete}, {@code submit-form}, {@code resolve}) sets only
 * fields of the task's form ({@link TaskForms}); anything else is refused with 400 and
 * nothing is applied;</li>
 * <li>a state's position is given by that state's desk only, as through the REST API:
 * staff and admins get 403;</li>
 * <li>no BPMN error or escalation is thrown from a task: the renewal catches none, and
 * one would end a desk's branch, and with it the round for every state;</li>
 * <li>desks correlate no message and throw no signal;</li>
 * <li>a task the caller may not see gets the same 403 as one that does not exist.</li>
 * </ul>
 * The engine checks again what matters most when the position is recorded (the completion
 * listener of the position task).
 */
class EngineDoorGuard extends OncePerRequestFilter {

	/** Both forms of the engine REST API: the default engine, and an engine by name. */
	private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(?:/engine/[^/]+)?(/.*)");

	private static final Pattern TASKLIST_API = Pattern.compile("/camunda/api/engine/engine/([^/]+)(/.*)");

	private static final Pattern TASK_ACTION = Pattern
		.compile("/task/([^/]+)/(complete|submit-form|resolve|bpmnError|bpmnEscalation)/?");

	private static final Pattern MESSAGE_OR_SIGNAL = Pattern.compile("/(message|signal)/?");

	private static final Set<String> THROWING = Set.of("bpmnError", "bpmnEscalation");

	private static final String DESK_GROUP_PREFIX = "desk-";

	/**
	 * The words of every refusal of a task or instance the caller may not see, here and
	 * in the engine REST API's answers.
	 */
	static final String NOT_FOUND_OR_NOT_YOURS = "There is no such task or instance, or it is not yours to see "
			+ "or to change.";

	private final IdentityService identity;

	private final TaskService tasks;

	private final TaskForms forms;

	private final ProblemResponses problems;

	private final ObjectMapper json;

	EngineDoorGuard(IdentityService identity, TaskService tasks, TaskForms forms, ProblemResponses problems,
			ObjectMapper json) {
		this.identity = identity;
		this.tasks = tasks;
		this.forms = forms;
		this.problems = problems;
		this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The container's decoded path, as Jersey matches it: an encoded letter must not
		// slip past the patterns.
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		Door door = door(request, path);
		if (door == null) {
			chain.doFilter(request, response);
			return;
		}
		if (MESSAGE_OR_SIGNAL.matcher(door.path()).matches() && isDesk(door.caller())) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN,
					"A desk gives its state's position through its task; it correlates no message and throws no "
							+ "signal.");
			return;
		}
		Matcher action = TASK_ACTION.matcher(door.path());
		if (!action.matches() || !"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ReadAgain body = new ReadAgain(request);
		VisibleTask task = asCaller(door.caller(), () -> visibleTask(action.group(1)));
		if (task == null) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, NOT_FOUND_OR_NOT_YOURS);
			return;
		}
		String refusal = refusal(task, door.caller(), action.group(2));
		if (refusal != null) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, refusal);
			return;
		}
		if (THROWING.contains(action.group(2))) {
			this.problems.write(request, response, HttpStatus.BAD_REQUEST,
					"The renewal's tasks end by completing their form; they throw no BPMN error or escalation.");
			return;
		}
		Set<String> unexpected;
		try {
			unexpected = variableNames(body.bytes());
		}
		catch (IOException ex) {
			this.problems.write(request, response, HttpStatus.BAD_REQUEST,
					"The request body is not a JSON object with its variables in \"variables\".");
			return;
		}
		Set<String> fields = this.forms.fieldsOf(task.definitionKey());
		unexpected.removeAll(fields);
		if (!unexpected.isEmpty()) {
			this.problems.write(request, response, HttpStatus.BAD_REQUEST,
					"This task takes the fields of its form only (" + String.join(", ", new TreeSet<>(fields))
							+ "), not " + String.join(", ", unexpected) + ". Nothing was changed.",
					Map.of("unexpectedVariables", List.copyOf(unexpected)));
			return;
		}
		chain.doFilter(body, response);
	}

	/**
	 * The engine API the request goes to, and who calls it as the engine knows them; null
	 * for any other request, or one the door itself will refuse for want of a caller.
	 */
	private Door door(HttpServletRequest request, String path) {
		Matcher engineRest = ENGINE_REST.matcher(path);
		if (engineRest.matches()) {
			org.springframework.security.core.Authentication authenticated = SecurityContextHolder.getContext()
				.getAuthentication();
			if (authenticated == null || !authenticated.isAuthenticated()) {
				return null;
			}
			Caller caller = Caller.fromAuthorities(authenticated.getName(),
					authenticated.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
			return new Door(engineRest.group(1), new Authentication(caller.name(), CamundaGroups.of(caller)));
		}
		Matcher tasklist = TASKLIST_API.matcher(path);
		if (tasklist.matches()) {
			HttpSession session = request.getSession(false);
			if (session == null) {
				return null;
			}
			if (AuthenticationUtil.getAuthsFromSession(session)
				.getAuthenticationForProcessEngine(tasklist.group(1)) instanceof UserAuthentication user) {
				return new Door(tasklist.group(2),
						new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()));
			}
		}
		return null;
	}

	/**
	 * Why the caller may not work on the task, if they may not: a state's position task
	 * is its desk's.
	 */
	private static String refusal(VisibleTask task, Authentication caller, String action) {
		if (!RenewalTask.GIVE_POSITION.key().equals(task.definitionKey())) {
			return null;
		}
		List<String> groups = (caller.getGroupIds() != null) ? caller.getGroupIds() : List.of();
		if (task.candidateGroups().stream().anyMatch(groups::contains)) {
			return null;
		}
		String state = task.candidateGroups()
			.stream()
			.filter((group) -> group.startsWith(DESK_GROUP_PREFIX))
			.map((group) -> group.substring(DESK_GROUP_PREFIX.length()))
			.findFirst()
			.orElse("its state");
		return "Only the desk of " + state + " gives the position of " + state + "; " + caller.getUserId() + " may not "
				+ action + " its task.";
	}

	private static boolean isDesk(Authentication caller) {
		List<String> groups = (caller.getGroupIds() != null) ? caller.getGroupIds() : List.of();
		return groups.stream().anyMatch((group) -> group.startsWith(DESK_GROUP_PREFIX))
				&& !groups.contains(CamundaGroups.STAFF) && !groups.contains(CamundaGroups.ADMINS);
	}

	/**
	 * The task as the caller may see it, with the groups it is offered to; null if not.
	 */
	private VisibleTask visibleTask(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return null;
		}
		List<String> candidateGroups = this.tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map((link) -> link.getGroupId())
			.toList();
		return new VisibleTask(task.getTaskDefinitionKey(), candidateGroups);
	}

	/** Runs the lookup with the engine's authorizations applied to the caller. */
	private <T> T asCaller(Authentication caller, Supplier<T> lookup) {
		Authentication previous = this.identity.getCurrentAuthentication();
		this.identity.setAuthentication(caller);
		try {
			return lookup.get();
		}
		finally {
			if (previous != null) {
				this.identity.setAuthentication(previous);
			}
			else {
				this.identity.clearAuthentication();
			}
		}
	}

	/** The names under {@code variables}; none for an empty body. */
	private Set<String> variableNames(byte[] body) throws IOException {
		Set<String> names = new TreeSet<>();
		if (new String(body, StandardCharsets.UTF_8).isBlank()) {
			return names;
		}
		JsonNode request = this.json.readTree(body);
		if (request == null || !request.isObject()) {
			throw new IOException("Not a JSON object");
		}
		JsonNode variables = request.path("variables");
		if (variables.isMissingNode() || variables.isNull()) {
			return names;
		}
		if (!variables.isObject()) {
			throw new IOException("The variables are not an object");
		}
		for (Iterator<String> name = variables.fieldNames(); name.hasNext();) {
			names.add(name.next());
		}
		return names;
	}

	/**
	 * A request to the engine, through one of its doors.
	 *
	 * @param path the path within the engine's API, e.g. {@code /task/{id}/complete}
	 * @param caller who calls, with their Camunda groups
	 */
	private record Door(String path, Authentication caller) {
	}

	/**
	 * A task the caller may see.
	 *
	 * @param definitionKey its task definition key
	 * @param candidateGroups the groups it is offered to
	 */
	private record VisibleTask(String definitionKey, List<String> candidateGroups) {
	}

	/** The request with its body read once here, and again by the engine's door. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request) throws IOException {
			super(request);
			this.body = request.getInputStream().readAllBytes();
		}

		byte[] bytes() {
			return this.body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
			return new BufferedReader(
					new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
		}

	}

}
