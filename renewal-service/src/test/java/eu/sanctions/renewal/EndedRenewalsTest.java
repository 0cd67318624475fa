package eu.sanctions.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Position;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A renewal runs once per package and expiry: once it has ended (withdrawn, lapsed,
 * extended), neither the registry saying it is due again nor staff asking to start it
 * start it again, and what it ended with (positions, risk, timeline) stays.
 */
class EndedRenewalsTest extends EmbeddedServiceTest {

	@Test
	void acknowledgesARenewalDueAgainForARenewalThatHasEndedAndKeepsWhatItEndedWith() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();
		positionOnKafka(renewalId, "LT", Position.SUPPORT);
		awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 1);
		ResponseEntity<JsonNode> withdrawn = post("staff", "/api/renewals/" + renewalId + "/withdrawal",
				Map.of("reason", "Replaced by a new framework decision"));
		assertThat(withdrawn.getStatusCode().value()).as("%s", withdrawn.getBody()).isEqualTo(200);
		int risksBefore = withdrawn.getBody().path("risk").path("history").size();

		String again = renewalDue(packageKey, started.expiry()).getId();

		JsonNode renewal = awaitRenewal(renewalId, (detail) -> timelineTypes(detail).contains("renewal-due-ignored"));
		JsonNode ignored = timelineEntry(renewal, "renewal-due-ignored");
		assertThat(ignored.path("eventId").asText()).isEqualTo(again);
		assertThat(ignored.path("summary").asText()).contains("has ended (WITHDRAWN)");
		assertThat(renewal.path("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(renewal.path("positions")).as("the ended run's positions stay").hasSize(1);
		assertThat(renewal.path("risk").path("history")).hasSize(risksBefore).isNotEmpty();
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(renewalId)
			.count()).isZero();
		HistoricProcessInstance history = this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(renewalId)
			.singleResult();
		assertThat(history.getEndTime()).isNotNull();
		assertThat(history.getRemovalTime())
			.as("the history is removed by its end time: no removal time is written into it when it ends")
			.isNull();
		integrator.awaitEvent(packageKey, EventType.RENEWAL_WITHDRAWN);
		List<ReceivedEvent> events = integrator.events(packageKey);
		assertThat(types(events)).filteredOn(EventType.RENEWAL_STARTED::equals).hasSize(1);
		assertThat(types(events).get(events.size() - 1)).isEqualTo(EventType.RENEWAL_WITHDRAWN);
	}

	@Test
	void refusesStaffsStartOfARenewalThatHasEnded() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(4);
		String renewalId = packageKey + ":" + expiry;
		packagePublished(packageKey, expiry, 1);
		ResponseEntity<JsonNode> first = Awaitility.await()
			.atMost(WAIT)
			.until(() -> post("staff", "/api/renewals", Map.of("packageKey", packageKey)),
					(response) -> response.getStatusCode().value() != 404);
		assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
		assertThat(post("staff", "/api/renewals/" + renewalId + "/withdrawal", Map.of("reason", "Started by mistake"))
			.getStatusCode()
			.value()).isEqualTo(200);

		ResponseEntity<JsonNode> again = post("staff", "/api/renewals", Map.of("packageKey", packageKey));

		assertThat(again.getStatusCode().value()).as("%s", again.getBody()).isEqualTo(409);
		assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again.getBody().path("reason").asText()).isEqualTo("RENEWAL_ENDED");
		assertThat(again.getBody().path("detail").asText()).contains(renewalId).contains("WITHDRAWN");
		assertThat(get("staff", "/api/renewals/" + renewalId).getBody().path("status").asText()).isEqualTo("WITHDRAWN");
	}

}
