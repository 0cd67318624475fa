package eu.sanctions.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.registry.MeasuresAmended;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.registry.BrokerTestBase;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.sanctionsmap.Snapshots;

import static eu.sanctions.registry.JsonBodies.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The REST API as staff and readers use it, over real HTTP. */
class PackagesApiTest extends BrokerTestBase {

	@Autowired
	Packages packages;

	@Test
	void createsAPackageAndAnswersWithItsLocationAndETag() {
		ResponseEntity<JsonNode> created = as("staff").postForEntity("/api/packages", json(newPackage("EU-API-NEW")),
				JsonNode.class);
		ResponseEntity<JsonNode> read = as("integrator").getForEntity("/api/packages/EU-API-NEW", JsonNode.class);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getHeaders().getLocation()).hasToString("/api/packages/EU-API-NEW");
		assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(read.getHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(read.getBody().path("expiry").asText()).isEqualTo("2027-05-31");
		assertThat(read.getBody().path("reviewOpensOn").asText()).isEqualTo("2027-01-31");
		assertThat(read.getBody().path("listingCount").asInt()).isEqualTo(1);
		assertThat(read.getBody().path("cause").asText()).isEqualTo("Created by staff");
	}

	@Test
	void refusesToCreateAPackageTwice() {
		as("staff").postForEntity("/api/packages", json(newPackage("EU-API-TWICE")), JsonNode.class);

		ResponseEntity<JsonNode> again = as("staff").postForEntity("/api/packages", json(newPackage("EU-API-TWICE")),
				JsonNode.class);

		assertProblem(again, HttpStatus.CONFLICT);
		assertThat(again.getBody().path("detail").asText()).contains("EU-API-TWICE exists already");
	}

	@Test
	void listsEveryInvalidFieldOfARequest() {
		Map<String, Object> invalid = Map.of("key", "eu-lower", "title", " ", "issuer", "NATO", "renewalCycleMonths",
				500, "measures", List.of(Map.of("category", "ASSET_FREEZE", "description", "x".repeat(4001))),
				"listings", List.of(Map.of("euReferenceNumber", "EU.1", "subjectType", "PERSON", "names", List.of("A")),
						Map.of("euReferenceNumber", "EU.1", "subjectType", "PERSON", "names", List.of())));

		ResponseEntity<JsonNode> response = as("staff").postForEntity("/api/packages", json(invalid), JsonNode.class);

		assertProblem(response, HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("key",
				"title", "issuer", "renewalCycleMonths", "measures[0].description", "listings[1].names",
				"listingsUnique");
		assertThat(this.packages.find("eu-lower")).isEmpty();
	}

	@Test
	void refusesABodyThatIsNotJsonWithoutAStackTrace() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		ResponseEntity<JsonNode> response = as("staff").postForEntity("/api/packages",
				new HttpEntity<>("{\"key\": ", headers), JsonNode.class);

		assertProblem(response, HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).doesNotContain("Exception").doesNotContain("at eu.sanctions");
	}

	@Test
	void answersNotFoundForAnUnknownPackage() {
		assertProblem(as("integrator").getForEntity("/api/packages/EU-NOTHING", JsonNode.class), HttpStatus.NOT_FOUND);
		assertProblem(as("integrator").getForEntity("/api/packages/EU-NOTHING/revisions", JsonNode.class),
				HttpStatus.NOT_FOUND);
		assertProblem(as("integrator").getForEntity("/api/packages/EU-NOTHING?asOf=2026-01-01", JsonNode.class),
				HttpStatus.NOT_FOUND);
		assertProblem(as("integrator").getForEntity("/api/packages/EU-BLR?asOf=yesterday", JsonNode.class),
				HttpStatus.BAD_REQUEST);
	}

	@Test
	void needsIfMatchToChangeAPackageAndRefusesAStaleOne() {
		as("staff").postForEntity("/api/packages", json(newPackage("EU-API-LOCK")), JsonNode.class);
		Map<String, Object> measures = Map.of("reason", "Council Decision (CFSP) 2026/99", "measures",
				List.of(Map.of("category", "TRAVEL_BAN", "description", "No entry.")));

		ResponseEntity<JsonNode> withoutIfMatch = put("/api/packages/EU-API-LOCK/measures", measures, null);
		ResponseEntity<JsonNode> malformed = put("/api/packages/EU-API-LOCK/measures", measures, "one");
		ResponseEntity<JsonNode> changed = put("/api/packages/EU-API-LOCK/measures", measures, "\"1\"");
		ResponseEntity<JsonNode> stale = put("/api/packages/EU-API-LOCK/measures",
				Map.of("reason", "late", "measures", List.of()), "\"1\"");

		assertProblem(withoutIfMatch, HttpStatus.PRECONDITION_REQUIRED);
		assertProblem(malformed, HttpStatus.BAD_REQUEST);
		assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(changed.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(changed.getBody().path("measures").findValuesAsText("category")).containsExactly("TRAVEL_BAN");
		assertProblem(stale, HttpStatus.CONFLICT);
		assertThat(stale.getBody().path("currentRevision").asLong()).isEqualTo(2);
		assertThat(this.packages.find("EU-API-LOCK").orElseThrow().state().measures()).hasSize(1);
		JsonNode revisions = as("integrator").getForObject("/api/packages/EU-API-LOCK/revisions", JsonNode.class);
		assertThat(revisions).hasSize(2);
		assertThat(revisions.get(1).path("cause").asText())
			.isEqualTo("Measures replaced by staff: Council Decision (CFSP) 2026/99");
		assertThat(revisions.get(1).path("changes").findValuesAsText("field")).hasSize(2);
	}

	@Test
	void listsAndDelistsAndAnnouncesTheAmendment() {
		as("staff").postForEntity("/api/packages", json(newPackage("EU-API-LIST")), JsonNode.class);
		Map<String, Object> listing = Map.of("reason", "Council Implementing Regulation (EU) 2026/7", "listing",
				Map.of("euReferenceNumber", "EU.API.2", "subjectType", "ENTITY", "names", List.of("Acme Export LLC")));

		ResponseEntity<JsonNode> listed = as("staff").postForEntity("/api/packages/EU-API-LIST/listings",
				json(listing, "\"1\""), JsonNode.class);
		ResponseEntity<JsonNode> twice = as("staff").postForEntity("/api/packages/EU-API-LIST/listings",
				json(listing, "\"2\""), JsonNode.class);
		ResponseEntity<JsonNode> unknown = delete("/api/packages/EU-API-LIST/listings/EU.API.9?reason=court", "\"2\"");
		ResponseEntity<JsonNode> delisted = delete("/api/packages/EU-API-LIST/listings/EU.API.1?reason=deceased", "*");

		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(listed.getBody().path("listingCount").asInt()).isEqualTo(2);
		assertProblem(twice, HttpStatus.CONFLICT);
		assertThat(twice.getBody().path("reason").asText()).isEqualTo("LISTING_ALREADY_PRESENT");
		assertProblem(unknown, HttpStatus.NOT_FOUND);
		assertThat(delisted.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(delisted.getHeaders().getETag()).isEqualTo("\"3\"");
		assertThat(delisted.getBody().path("listings").findValuesAsText("euReferenceNumber"))
			.containsExactly("EU.API.2");
		try (TopicReader events = TopicReader.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)) {
			List<MeasuresAmended> amended = events.awaitEvents("EU-API-LIST", 2)
				.stream()
				.filter((event) -> event.type() == EventType.MEASURES_AMENDED)
				.map((event) -> event.data(MeasuresAmended.class))
				.toList();
			assertThat(amended).extracting(MeasuresAmended::listingsAdded)
				.containsExactly(List.of("EU.API.2"), List.of());
			assertThat(amended).extracting(MeasuresAmended::listingsRemoved)
				.containsExactly(List.of(), List.of("EU.API.1"));
			assertThat(amended.get(1).cause()).isEqualTo("Delisted by staff: deceased");
		}
	}

	@Test
	void findsListingsByNameIgnoringCase() {
		JsonNode found = as("desk-LT").getForObject("/api/listings?name=PLACEHOLDER entity 05", JsonNode.class);

		assertThat(found.findValuesAsText("euReferenceNumber")).containsExactly("EU.BLR.E050", "EU.BLR.E051",
				"EU.BLR.E052", "EU.BLR.E053", "EU.BLR.E054", "EU.BLR.E055", "EU.BLR.E056", "EU.BLR.E057");
		assertThat(found.get(0).path("packageKey").asText()).isEqualTo("EU-BLR");
		assertProblem(as("desk-LT").getForEntity("/api/listings?name=x", JsonNode.class), HttpStatus.BAD_REQUEST);
	}

	@Test
	void listsPackagesByStatusAndExpiry() {
		JsonNode expiring = as("integrator").getForObject(
				"/api/packages?status=ACTIVE&expiringBefore=2027-03-01&expiredUnrenewed=false", JsonNode.class);

		assertThat(expiring.findValuesAsText("key")).contains("EU-BLR").doesNotContain("EU-SYR", "EU-PRK");
		assertProblem(as("integrator").getForEntity("/api/packages?status=DORMANT", JsonNode.class),
				HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusesAMalformedSanctionsMapFileWholeAndImportsNothing() {
		ObjectNode good = Snapshots.oneRegime(9001, "TSTA", 1835391600L, "Assets are frozen.");
		ObjectNode bad = Snapshots.oneRegime(9002, "TSTB", null, "Assets are frozen.");
		ObjectNode badRegime = (ObjectNode) bad.withArray("data").get(0);
		badRegime.put("expiration", "soon");
		badRegime.put("specification", " ");
		good.withArray("data").add(badRegime);

		ResponseEntity<JsonNode> response = as("staff").postForEntity("/api/imports/sanctionsmap", json(good),
				JsonNode.class);

		assertProblem(response, HttpStatus.BAD_REQUEST);
		List<String> problems = new ArrayList<>();
		response.getBody().path("errors").forEach((problem) -> problems.add(problem.asText()));
		assertThat(problems).containsExactlyInAnyOrder("/data/1/specification: must be a non-blank string",
				"/data/1/expiration: must be epoch seconds or null, not \"soon\"");
		assertThat(this.packages.keyOfRegime(9001)).isEmpty();
		assertThat(this.packages.keyOfRegime(9002)).isEmpty();
	}

	@Test
	void importsAChangedRegimeAsARevisionAndTheSameOneAsNothing() {
		ResponseEntity<JsonNode> first = importSnapshot(
				Snapshots.oneRegime(9010, "TSTC", 1835391600L, "Assets are frozen."));
		ResponseEntity<JsonNode> same = importSnapshot(
				Snapshots.oneRegime(9010, "TSTC", 1835391600L, "Assets are frozen."));
		ResponseEntity<JsonNode> changed = importSnapshot(
				Snapshots.oneRegime(9010, "TSTC", 1866927600L, "Assets and economic resources are frozen."));

		assertThat(first.getBody().path("created").get(0).asText()).isEqualTo("EU-TSTC");
		assertThat(same.getBody().path("unchanged").asInt()).isEqualTo(1);
		assertThat(changed.getBody().path("revised").get(0).asText()).isEqualTo("EU-TSTC");
		JsonNode revisions = as("integrator").getForObject("/api/packages/EU-TSTC/revisions", JsonNode.class);
		assertThat(revisions).hasSize(2);
		assertThat(revisions.get(1).path("changes").findValuesAsText("field")).contains("expiry");
		JsonNode current = as("integrator").getForObject("/api/packages/EU-TSTC", JsonNode.class);
		assertThat(current.path("expiry").asText()).isEqualTo("2029-02-28");
		assertThat(current.path("measures").get(0).path("description").asText())
			.isEqualTo("Assets and economic resources are frozen.");
	}

	@Test
	void describesTheApiWithOpenApi() {
		ResponseEntity<JsonNode> docs = this.rest.getForEntity("/v3/api-docs", JsonNode.class);
		ResponseEntity<String> ui = this.rest.getForEntity("/swagger-ui/index.html", String.class);

		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docs.getBody().path("paths").fieldNames()).toIterable()
			.contains("/api/packages", "/api/packages/{key}", "/api/packages/{key}/revisions",
					"/api/packages/{key}/measures", "/api/packages/{key}/listings",
					"/api/packages/{key}/listings/{euReferenceNumber}", "/api/listings", "/api/imports/sanctionsmap");
		assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<JsonNode> importSnapshot(JsonNode snapshot) {
		ResponseEntity<JsonNode> response = as("staff").postForEntity("/api/imports/sanctionsmap", json(snapshot),
				JsonNode.class);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		return response;
	}

	private ResponseEntity<JsonNode> put(String path, Object body, String ifMatch) {
		return as("staff").exchange(path, HttpMethod.PUT, json(body, ifMatch), JsonNode.class);
	}

	private ResponseEntity<JsonNode> delete(String path, String ifMatch) {
		HttpHeaders headers = new HttpHeaders();
		headers.setIfMatch(ifMatch);
		return as("staff").exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers), JsonNode.class);
	}

	static Map<String, Object> newPackage(String key) {
		return Map.of("key", key, "title", "Restrictive measures for " + key, "issuer", "EU", "programmes",
				List.of("TST"), "expiry", "2027-05-31", "legalActs",
				List.of(Map.of("kind", "DECISION", "title", "Council Decision (CFSP) 2026/1", "celex", "32026D0001",
						"url", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32026D0001")),
				"measures", List.of(Map.of("category", "ASSET_FREEZE", "description", "Assets are frozen.")),
				"listings", List.of(Map.of("euReferenceNumber", "EU.API.1", "subjectType", "PERSON", "names",
						List.of("Ivan Placeholder"), "listingDate", "2026-01-15")));
	}

	static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
		assertThat(response.getBody().has("trace")).isFalse();
	}

}
