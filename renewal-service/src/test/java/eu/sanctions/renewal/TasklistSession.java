package eu.sanctions.renewal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser in Tasklist: the session cookie and the CSRF token that Camunda's webapps
 * hand out, kept from answer to answer and sent back as Tasklist does, so that a test
 * calls Tasklist's own REST API ({@code /camunda/api/engine/...}) as a logged-in user.
 * Without a successful login it stays a visitor without a session.
 */
public final class TasklistSession {

	/** Tasklist's REST API for the default engine. */
	public static final String API = "/camunda/api/engine/engine/default";

	private final TestRestTemplate rest;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrfToken;

	private boolean loggedIn;

	private TasklistSession(TestRestTemplate rest) {
		this.rest = rest;
	}

	/**
	 * Opens Tasklist and logs in; {@link #loggedIn()} says whether Camunda let the user
	 * in.
	 */
	public static TasklistSession login(TestRestTemplate rest, String user, String password) {
		TasklistSession session = new TasklistSession(rest);
		session.keep(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		HttpHeaders headers = session.headers();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
				HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
		session.keep(login);
		session.loggedIn = login.getStatusCode().value() == 200;
		// Logging in starts a new session without a CSRF token: the next page hands one
		// out, as it does to the browser.
		session.keep(rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
				new HttpEntity<>(session.headers()), String.class));
		return session;
	}

	/** A visitor that never logged in. */
	public static TasklistSession anonymous(TestRestTemplate rest) {
		TasklistSession session = new TasklistSession(rest);
		session.keep(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
		return session;
	}

	public boolean loggedIn() {
		return this.loggedIn;
	}

	/** A request to Tasklist's API, or any path, with a JSON body when one is given. */
	public ResponseEntity<String> exchange(HttpMethod method, String path, String jsonBody) {
		HttpHeaders headers = headers();
		if (jsonBody != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		ResponseEntity<String> response = this.rest.exchange(path, method,
				(jsonBody != null) ? new HttpEntity<>(jsonBody, headers) : new HttpEntity<>(headers), String.class);
		keep(response);
		return response;
	}

	/** Submits a task's form as Tasklist does: untyped values of the form's fields. */
	public ResponseEntity<String> submitForm(String taskId, Map<String, Object> values) {
		return exchange(HttpMethod.POST, API + "/task/" + taskId + "/submit-form",
				ServiceTestSupport.json(Map.of("variables", untyped(values))));
	}

	/**
	 * The variables of a request body as Tasklist sends them: {@code {"name": {"value":
	 * ...}}}.
	 */
	public static Map<String, Object> untyped(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			Map<String, Object> variable = new LinkedHashMap<>();
			variable.put("value", value);
			variables.put(name, variable);
		});
		return variables;
	}

	private HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		if (!this.cookies.isEmpty()) {
			headers.add(HttpHeaders.COOKIE, String.join("; ",
					this.cookies.entrySet().stream().map((c) -> c.getKey() + "=" + c.getValue()).toList()));
		}
		if (this.csrfToken != null) {
			headers.set("X-XSRF-TOKEN", this.csrfToken);
		}
		return headers;
	}

	private void keep(ResponseEntity<?> response) {
		List<String> setCookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		for (String setCookie : setCookies) {
			String pair = setCookie.contains(";") ? setCookie.substring(0, setCookie.indexOf(';')) : setCookie;
			int equals = pair.indexOf('=');
			if (equals > 0) {
				this.cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
			}
		}
		String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
		if (token != null) {
			this.csrfToken = token;
		}
	}

}
