package eu.sanctions.events.cloudevents;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How event data is written as JSON: dates as ISO-8601 strings, absent values left out,
 * unknown fields ignored on reading (a newer minor version of a type may add fields).
 */
public final class EventJson {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
		.serializationInclusion(JsonInclude.Include.NON_NULL)
		.build();

	private EventJson() {
	}

	/** The shared, thread-safe mapper; do not reconfigure it. */
	public static ObjectMapper mapper() {
		return MAPPER;
	}

}
