package eu.sanctions.renewal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Position;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.renewal.ServiceTestSupport.StartedRenewal;

import static eu.sanctions.renewal.ServiceTestSupport.allStates;
import static eu.sanctions.renewal.ServiceTestSupport.types;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 27 desks answer at the same moment: their completions of one process instance
 * collide, and are retried until each is recorded, once. On each database the service
 * supports ({@link ConcurrentDesksTest} on H2, {@link ConcurrentDesksOnPostgresTest}),
 * whose locking differs; as an interface, so that each runs in its database's shared
 * service.
 */
interface ConcurrentDesksScenarios {

	/** The test, which is a {@link ServiceTestSupport}. */
	default ServiceTestSupport service() {
		return (ServiceTestSupport) this;
	}

	@Test
	default void recordsEveryPositionWhenAllDesksAnswerAtOnce() {
		StartedRenewal started = service().renewalCollectingPositions();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();
		TopicReader integrator = service().renewalEvents();

		ExecutorService desks = Executors.newFixedThreadPool(27);
		List<ResponseEntity<JsonNode>> answers;
		try {
			List<CompletableFuture<ResponseEntity<JsonNode>>> submitted = allStates().stream()
				.map((state) -> CompletableFuture.supplyAsync(
						() -> service().positionOnRest("desk-" + state, renewalId, state, Position.SUPPORT), desks))
				.toList();
			answers = submitted.stream().map(CompletableFuture::join).toList();
		}
		finally {
			desks.shutdown();
		}

		assertThat(answers).allSatisfy(
				(answer) -> assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200));
		service().awaitTask(renewalId, "recordAdoption");
		List<ReceivedEvent> events = integrator.awaitEvents(packageKey, 32);
		assertThat(types(events)).filteredOn(EventType.POSITION_RECORDED::equals).hasSize(27);
		assertThat(events).extracting(ReceivedEvent::sequence)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 32).boxed().toList());
		JsonNode renewal = service().get("staff", "/api/renewals/" + renewalId).getBody();
		assertThat(renewal.path("positions")).hasSize(27);
		assertThat(renewal.path("phase").asText()).isEqualTo("ADOPTION");
	}

}
