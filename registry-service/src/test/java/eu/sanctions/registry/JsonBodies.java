package eu.sanctions.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Request bodies as a well-behaved client sends them: JSON text with its Content-Length
 * (the API refuses bodies of unknown length, and RestTemplate streams objects without
 * one).
 */
public final class JsonBodies {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private JsonBodies() {
	}

	public static HttpEntity<String> json(Object body) {
		return json(body, null);
	}

	/** With {@code If-Match}, when not {@code null}. */
	public static HttpEntity<String> json(Object body, String ifMatch) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			headers.setIfMatch(ifMatch);
		}
		try {
			return new HttpEntity<>((body instanceof String text) ? text : JSON.writeValueAsString(body), headers);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
