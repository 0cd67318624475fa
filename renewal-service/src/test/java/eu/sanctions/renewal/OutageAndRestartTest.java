package eu.sanctions.renewal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.outbox.OutboxRelay;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.testing.KafkaTestBroker;
import eu.sanctions.events.testing.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service outlives its surroundings: while the broker is away, steps still commit and
 * their events wait in the outbox, then arrive in order, none before one that precedes
 * it, though the relay gave up on its sends meanwhile; and a service stopped in the
 * middle of a renewal, started again on the same database and broker, carries on where it
 * was, with the positions sent while it was down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutageAndRestartTest extends ServiceTestSupport {

	private KafkaTestBroker broker;

	private Path database;

	private ConfigurableApplicationContext service;

	@BeforeAll
	void startBrokerAndService() throws IOException {
		this.broker = KafkaTestBroker.start();
		this.bootstrapServers = this.broker.bootstrapServers();
		Path target = Path.of("target");
		Files.createDirectories(target);
		this.database = Files.createTempDirectory(target, "renewal-restart-");
		startService();
	}

	@AfterAll
	void stopServiceAndBroker() {
		if (this.service != null) {
			this.service.close();
		}
		this.broker.close();
	}

	@Override
	protected HttpHeaders credentials(String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, PASSWORD);
		return headers;
	}

	@Test
	void deliversEveryEventInOrderAfterABrokerOutageLongerThanTheRelaysTimeout() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		String renewalId = started.renewalId();
		List<String> states = List.of("LT", "LV", "EE", "PL", "FI");
		OutboxRelay relay = this.service.getBean(OutboxRelay.class);
		long failedBefore = relay.failedBatchCount();

		try (KafkaTestBroker.Outage outage = this.broker.outage()) {
			for (String state : states) {
				ResponseEntity<JsonNode> answer = positionOnRest("desk-" + state, renewalId, state, Position.SUPPORT);
				assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
			}
			assertThat(pendingInOutbox(packageKey)).isGreaterThanOrEqualTo(states.size());
			// The relay gives up on its sends (and aborts them) twice before the broker
			// is
			// back.
			Awaitility.await().atMost(WAIT).until(relay::failedBatchCount, (failed) -> failed >= failedBefore + 2);
		}

		Awaitility.await().atMost(WAIT).until(() -> pendingInOutbox(packageKey) == 0);
		List<ReceivedEvent> after = renewalEvents().eventsUpToNow(packageKey);
		long first = after.get(0).sequence();
		long highest = first - 1;
		for (ReceivedEvent event : after) {
			assertThat(event.sequence()).as("no event before one that precedes it").isLessThanOrEqualTo(highest + 1);
			highest = Math.max(highest, event.sequence());
		}
		// At least once: a send the broker took but did not acknowledge in time leaves
		// again, after what it follows.
		assertThat(after).extracting(ReceivedEvent::sequence)
			.as("every event, in order")
			.containsSubsequence(LongStream.rangeClosed(first, highest).boxed().toList());
		assertThat(highest)
			.isEqualTo(this.jdbc.sql("SELECT MAX(sequence_number) FROM event_outbox WHERE record_key = ?")
				.param(packageKey)
				.query(Long.class)
				.single());
		List<ReceivedEvent> positions = after.stream()
			.filter((event) -> event.type() == EventType.POSITION_RECORDED)
			.toList();
		assertThat(positions).extracting((event) -> event.data(PositionRecorded.class).state().euCode())
			.containsExactlyElementsOf(states);
		assertThat(positions.get(0).sequence()).isEqualTo(5);
	}

	@Test
	void continuesARenewalWhereItWasAfterARestart() {
		StartedRenewal started = renewalCollectingPositions();
		String packageKey = started.packageKey();
		LocalDate expiry = started.expiry();
		String renewalId = started.renewalId();
		TopicReader integrator = renewalEvents();
		List<String> states = allStates();
		states.subList(0, 3).forEach((state) -> positionOnKafka(renewalId, state, Position.SUPPORT));
		awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 3);

		this.service.close();
		this.service = null;
		states.subList(3, 27).forEach((state) -> positionOnKafka(renewalId, state, Position.SUPPORT));
		startService();

		recordAdoption(renewalId);
		measuresExtended(renewalId, expiry, expiry.plusYears(1));
		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("status").asText().equals("EXTENDED"));
		assertThat(renewal.path("positions")).hasSize(27);
		assertThat(renewal.path("positions").findValues("history"))
			.allSatisfy((history) -> assertThat(history).hasSize(1));
		List<ReceivedEvent> events = integrator.awaitEvents(packageKey, 34);
		assertThat(events).hasSize(34);
		assertThat(events).extracting(ReceivedEvent::sequence)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 34).boxed().toList());
		assertThat(types(events).get(33)).isEqualTo(EventType.RENEWAL_COMPLETED);
		assertThat(get("staff", "/engine-rest/process-definition/count?key=sanctions-renewal").getBody()
			.path("count")
			.asInt()).as("a restart does not deploy the unchanged model again").isOne();
	}

	private long pendingInOutbox(String packageKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_outbox WHERE record_key = ? AND published_at IS NULL")
			.param(packageKey)
			.query(Long.class)
			.single();
	}

	/**
	 * Starts the service on the test's H2 file and broker, as {@code java -jar} would.
	 */
	private void startService() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.datasource.url", "jdbc:h2:file:" + this.database.toAbsolutePath()
				+ "/renewal;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
		properties.put("spring.kafka.bootstrap-servers", this.broker.bootstrapServers());
		// Short timeouts, so that an outage of a few seconds makes the relay give up on
		// its
		// sends; the producer's own delivery time-out stays longer than the relay's, as
		// in
		// production, so that what it buffers must be aborted, not left to expire.
		properties.put("sanctions.outbox.send-timeout", "3s");
		properties.put("spring.kafka.producer.properties.delivery.timeout.ms", "15000");
		properties.put("spring.kafka.producer.properties.request.timeout.ms", "2000");
		properties.put("spring.kafka.producer.properties.max.block.ms", "2000");
		properties.put("sanctions.security.users.staff", PASSWORD);
		for (MemberState state : MemberState.values()) {
			properties.put("sanctions.security.users.desk-" + state.euCode(), PASSWORD);
		}
		// As arguments, not default properties: they must win over application.yml, as on
		// a command line.
		this.service = new SpringApplicationBuilder(RenewalApplication.class).run(properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new));
		String port = this.service.getEnvironment().getProperty("local.server.port");
		this.rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
		this.jdbc = this.service.getBean(JdbcClient.class);
		this.clock = this.service.getBean(Clock.class);
		this.engine = this.service.getBean(ProcessEngine.class);
		ProcessEngines.registerProcessEngine(this.engine);
	}

}
