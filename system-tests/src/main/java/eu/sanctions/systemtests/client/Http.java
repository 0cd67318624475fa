package eu.sanctions.systemtests.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import eu.sanctions.events.cloudevents.EventJson;

/** JSON over HTTP with Basic credentials, as any client of the APIs would send it. */
public final class Http {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = EventJson.mapper();

	private final Users users;

	public Http(Users users) {
		this.users = users;
	}

	public Response get(String user, URI uri) {
		return send(user, "GET", uri, null, Map.of());
	}

	public Response post(String user, URI uri, Object body) {
		return send(user, "POST", uri, body, Map.of());
	}

	/**
	 * Sends a request as a user (or anonymously, for {@code null}) and reads the answer,
	 * whatever its status.
	 */
	public Response send(String user, String method, URI uri, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json");
		if (user != null) {
			String credentials = user + ":" + this.users.password(user);
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		headers.forEach(request::header);
		if (body != null) {
			request.header("Content-Type", "application/json");
			request.method(method, HttpRequest.BodyPublishers.ofString(write(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), read(response.body()),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + uri + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String write(Object body) {
		try {
			return (body instanceof String text) ? text : this.json.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private JsonNode read(String body) {
		if (body == null || body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JsonProcessingException ex) {
			return MissingNode.getInstance();
		}
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param text the body as text
	 * @param json the body as JSON, missing if it is not JSON
	 * @param contentType the media type of the body
	 */
	public record Response(int status, String text, JsonNode json, String contentType) {

		/**
		 * The answer, if its status is the expected one; otherwise an exception that says
		 * what came back.
		 */
		public Response expect(int expected) {
			if (this.status != expected) {
				throw new UnexpectedAnswer("Expected HTTP " + expected + " but got " + this.status + ": " + this.text);
			}
			return this;
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

	/** The system answered otherwise than the scenario expects. */
	public static class UnexpectedAnswer extends RuntimeException {

		public UnexpectedAnswer(String message) {
			super(message);
		}

	}

}
