package eu.sanctions.renewal;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Position;
import eu.sanctions.events.Topics;
import eu.sanctions.events.renewal.RenewalStarted;
import eu.sanctions.events.renewal.RenewalWithdrawn;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff start renewals of the packages the registry publishes, list and read them, and
 * withdraw them while that is still possible.
 */
class RenewalsApiTest extends EmbeddedServiceTest {

	@Test
	void startsARenewalOfThePackagesCurrentExpiry() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(4);
		TopicReader integrator = renewalEvents();
		packagePublished(packageKey, expiry, 2);
		packagePublished(packageKey, expiry.minusYears(1), 1);

		ResponseEntity<JsonNode> started = awaitStart(packageKey, Map.of("packageKey", packageKey));

		String renewalId = packageKey + ":" + expiry;
		assertThat(started.getStatusCode().value()).isEqualTo(201);
		assertThat(started.getHeaders().getLocation()).hasToString("/api/renewals/" + renewalId);
		assertThat(started.getBody().path("id").asText()).isEqualTo(renewalId);
		assertThat(started.getBody().path("status").asText()).isEqualTo("OPEN");
		assertThat(started.getBody().path("phase").asText()).isEqualTo("REVIEW");
		assertThat(started.getBody().path("startedBy").asText()).isEqualTo("staff");
		assertThat(started.getBody().path("proposal").path("proposedNewExpiry").asText())
			.isEqualTo(expiry.plusMonths(6).toString());
		RenewalStarted event = integrator.awaitEvent(packageKey, EventType.RENEWAL_STARTED).data(RenewalStarted.class);
		assertThat(event.startedBy()).isEqualTo("staff");
		assertThat(event.triggeringEventId()).isNull();

		ResponseEntity<JsonNode> again = post("staff", "/api/renewals", Map.of("packageKey", packageKey));
		assertProblem(again, 409);
		assertThat(again.getBody().path("reason").asText()).isEqualTo("RENEWAL_RUNNING");
		ResponseEntity<JsonNode> other = post("staff", "/api/renewals",
				Map.of("packageKey", packageKey, "expiry", expiry.plusYears(1).toString()));
		assertThat(other.getStatusCode().value()).isEqualTo(201);
		assertThat(get("integrator", "/api/renewals?packageKey=" + packageKey).getBody()).hasSize(2);
		assertThat(get("integrator", "/api/renewals?status=EXTENDED&packageKey=" + packageKey).getBody()).isEmpty();
		JsonNode listed = get("desk-LT", "/api/renewals?status=OPEN&packageKey=" + packageKey).getBody().get(1);
		assertThat(listed.path("id").asText()).isEqualTo(renewalId);
		assertThat(listed.path("expiry").asText()).isEqualTo(expiry.toString());
		assertThat(listed.path("round").asInt()).isZero();
	}

	@Test
	void refusesToStartWhatItCannot() {
		assertProblem(post("staff", "/api/renewals", Map.of("packageKey", newPackageKey())), 404);
		assertProblem(post("staff", "/api/renewals", Map.of("packageKey", "not a package")), 400);
		assertProblem(post("staff", "/api/renewals", Map.of("packageKey", "EU-X", "expiry", "2027-02-30")), 400);
		assertProblem(get("staff", "/api/renewals/EU-NONE:2027-01-01"), 404);
		assertProblem(get("staff", "/api/renewals?status=SOMETIMES"), 400);

		String gone = newPackageKey();
		packagePublished(gone, today().plusMonths(4), 1);
		awaitStart(gone, Map.of("packageKey", gone, "expiry", today().plusMonths(8).toString()));
		writer().sendRaw(Topics.REGISTRY_PACKAGES, gone, null, Map.of());
		Awaitility.await()
			.atMost(WAIT)
			.until(() -> post("staff", "/api/renewals", Map.of("packageKey", gone)).getStatusCode().value() == 404);
	}

	@Test
	void withdrawsARenewalUntilItsAdoptionIsRecorded() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(3);
		String withdrawnId = packageKey + ":" + expiry;
		String adoptedId = packageKey + ":" + expiry.plusMonths(6);
		TopicReader integrator = renewalEvents();
		renewalDue(packageKey, expiry);
		renewalDue(packageKey, expiry.plusMonths(6));
		awaitRenewal(withdrawnId);
		awaitRenewal(adoptedId);

		ResponseEntity<JsonNode> withdrawn = post("staff", "/api/renewals/" + withdrawnId + "/withdrawal",
				Map.of("reason", "Replaced by a new framework decision"));

		assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
		assertThat(withdrawn.getBody().path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.getBody().path("endedAt").isTextual()).isTrue();
		RenewalWithdrawn event = integrator.awaitEvent(packageKey, EventType.RENEWAL_WITHDRAWN)
			.data(RenewalWithdrawn.class);
		assertThat(event.withdrawnBy()).isEqualTo("staff");
		assertThat(event.reason()).isEqualTo("Replaced by a new framework decision");
		ResponseEntity<JsonNode> again = post("staff", "/api/renewals/" + withdrawnId + "/withdrawal",
				Map.of("reason", "Once more"));
		assertProblem(again, 409);
		assertThat(again.getBody().path("reason").asText()).isEqualTo("RENEWAL_CLOSED");
		assertProblem(post("staff", "/api/renewals/" + withdrawnId + "/withdrawal", Map.of("reason", " ")), 400);
		assertProblem(post("staff", "/api/renewals/EU-NONE:2027-01-01/withdrawal", Map.of("reason", "Why not")), 404);

		reviewExtending(adoptedId, expiry.plusMonths(18), expiry.plusMonths(5));
		awaitTasks(adoptedId, "givePosition", 27);
		allStates().forEach((state) -> positionOnKafka(adoptedId, state, Position.SUPPORT));
		recordAdoption(adoptedId);
		ResponseEntity<JsonNode> late = post("staff", "/api/renewals/" + adoptedId + "/withdrawal",
				Map.of("reason", "Too late"));
		assertProblem(late, 409);
		assertThat(late.getBody().path("reason").asText()).isEqualTo("ADOPTION_RECORDED");
		assertThat(get("staff", "/api/renewals/" + adoptedId).getBody().path("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void readsARenewalByItsIdEncodedInTheUrl() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(3);
		renewalDue(packageKey, expiry);
		awaitRenewal(packageKey + ":" + expiry);
		URI encoded = URI.create(this.rest.getRootUri() + "/api/renewals/" + packageKey + "%3A" + expiry);

		ResponseEntity<JsonNode> read = this.rest.exchange(encoded, HttpMethod.GET,
				new HttpEntity<>(credentials("desk-LT")), JsonNode.class);
		HttpHeaders headers = credentials("desk-LT");
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<JsonNode> kept = this.rest.exchange(URI.create(encoded + "/positions"), HttpMethod.POST,
				new HttpEntity<>("{\"state\":\"LT\",\"position\":\"SUPPORT\"}", headers), JsonNode.class);

		assertThat(read.getStatusCode().value()).isEqualTo(200);
		assertThat(read.getBody().path("id").asText()).isEqualTo(packageKey + ":" + expiry);
		assertThat(kept.getStatusCode().value()).as("%s", kept.getBody()).isEqualTo(202);
	}

	@Test
	void documentsItsApi() {
		JsonNode api = get("anonymous", "/v3/api-docs").getBody();

		assertThat(api.path("paths").path("/api/renewals").has("get")).isTrue();
		assertThat(api.path("paths").path("/api/renewals").has("post")).isTrue();
		assertThat(api.path("paths").path("/api/renewals/{id}").has("get")).isTrue();
		assertThat(api.path("paths").path("/api/renewals/{id}/positions").path("post").path("responses").has("202"))
			.isTrue();
		assertThat(api.path("paths").path("/api/renewals/{id}/withdrawal").path("post").path("responses").has("409"))
			.isTrue();
	}

	@Test
	void refusesABodyOverTheLimit() {
		ResponseEntity<JsonNode> refused = post("staff", "/api/renewals",
				Map.of("packageKey", "EU-BLR", "padding", "x".repeat(1_100_000)));

		assertProblem(refused, 413);
	}

	private ResponseEntity<JsonNode> awaitStart(String packageKey, Map<String, String> body) {
		return Awaitility.await()
			.atMost(WAIT)
			.until(() -> post("staff", "/api/renewals", body), (response) -> response.getStatusCode().value() != 404);
	}

	private static void assertProblem(ResponseEntity<JsonNode> response, int status) {
		assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
