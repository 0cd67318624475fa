package eu.sanctions.registry.sanctionsmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.sanctions.events.cloudevents.EventJson;

/** The real Sanctions Map snapshot the registry seeds from, and small ones made up. */
public final class Snapshots {

	public static final String SEED = "seed/sanctionsmap-regimes-2023-07-04.json";

	private Snapshots() {
	}

	public static JsonNode realSnapshot() {
		try (InputStream in = Snapshots.class.getClassLoader().getResourceAsStream(SEED)) {
			return EventJson.mapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A one-regime snapshot in the Sanctions Map's shape.
	 * @param id the regime id
	 * @param programme its programme code, or {@code null}
	 * @param expiration its expiry in epoch seconds, or {@code null}
	 * @param measureDescription the description of its one measure
	 */
	public static ObjectNode oneRegime(int id, String programme, Long expiration, String measureDescription) {
		String json = """
				{"data": [{
				  "id": %d, "specification": "Restrictive measures in test regime %d",
				  "expiration": %s, "amendment": 1677193200, "programme": [%s],
				  "adopted_by": {"data": {"id": 1, "title": "EU"}},
				  "legal_acts": {"data": [{
				    "title": "Council Decision concerning restrictive measures in test regime %d",
				    "number": "28.02.2023 consolidated basic legal act - 2012/%d/CFSP",
				    "url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%%3A02012D0%03d-20230228",
				    "type": {"data": {"id": 1, "title": "EU Council Decision"}}}]},
				  "measures": {"data": [{
				    "description": "%s",
				    "type": {"data": {"id": 6, "title": "Asset freeze and prohibition to make funds available"}}}]}
				}]}""".formatted(id, id, (expiration != null) ? expiration.toString() : "null",
				(programme != null) ? "\"" + programme + "\"" : "", id, id, id % 1000, measureDescription);
		try {
			return (ObjectNode) EventJson.mapper().readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
