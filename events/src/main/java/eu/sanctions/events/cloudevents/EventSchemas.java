package eu.sanctions.events.cloudevents;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import eu.sanctions.events.EventType;

/**
 * The JSON Schemas (draft 2020-12) of the contract, loaded from the classpath where the
 * {@code events} jar ships them, one per event type. Formats such as {@code date} are
 * asserted, not just annotated.
 */
public final class EventSchemas {

	private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);

	public EventSchemas() {
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
			.formatAssertionsEnabled(true)
			.pathType(com.networknt.schema.PathType.JSON_POINTER)
			.build();
		for (EventType type : EventType.values()) {
			JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:" + type.schemaPath()), config);
			schema.initializeValidators();
			this.schemas.put(type, schema);
		}
	}

	/** What is wrong with this event data for this type; empty when it is valid. */
	public List<String> violations(EventType type, JsonNode data) {
		return this.schemas.get(type).validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
	}

}
