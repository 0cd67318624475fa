package eu.sanctions.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The service's API as a client calls it: real HTTP requests with real credentials, HTTP
 * Basic or a bearer token.
 */
public final class Api {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private Api(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public static Api at(int port) {
		return new Api(port);
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	public Response get(String path, String authorization) {
		return send("GET", path, null, authorization);
	}

	public Response post(String path, String json, String authorization) {
		return send("POST", path, json, authorization);
	}

	public Response delete(String path, String authorization) {
		return send("DELETE", path, null, authorization);
	}

	/** Any request; {@code authorization} and {@code json} may be {@code null}. */
	public Response send(String method, String path, String json, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "*/*")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create(this.base + path);
	}

	public HttpClient client() {
		return this.client;
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param contentType its Content-Type
	 * @param body its body
	 */
	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Not JSON (" + this.status + "): " + this.body, ex);
			}
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

}
