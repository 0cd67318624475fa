package eu.sanctions.renewal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import org.awaitility.Awaitility;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sanctions.events.EventType;
import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.Position;
import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.events.registry.RenewalDue;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.RenewalStarted;
import eu.sanctions.events.renewal.ReviewCompleted;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.events.testing.TopicWriter;
import eu.sanctions.processes.renewal.Brussels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service's tests do as its users do: staff and desks over HTTP (the API and the
 * engine REST API), the registry, desk systems and analysts on Kafka, and integrators
 * reading {@code sanctions.renewal.events}. Every test works on packages of its own, so
 * that tests sharing a service do not see each other's renewals.
 */
public abstract class ServiceTestSupport {

	/** Every demo user's password in these tests. */
	public static final String PASSWORD = "test-password-1";

	protected static final Duration WAIT = Duration.ofSeconds(30);

	public static final Duration WAIT_FOR_FIXTURES = WAIT;

	static final URI REGISTRY = URI.create("urn:eu-sanctions:registry-service");

	static final URI DESK_SYSTEM = URI.create("urn:test:desk-system");

	private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Clock clock;

	@Autowired
	protected ProcessEngine engine;

	@Value("${spring.kafka.bootstrap-servers}")
	protected String bootstrapServers;

	@Autowired
	private ApplicationContext context;

	private final List<AutoCloseable> closeAfterTest = new ArrayList<>();

	/**
	 * The credentials of a user: HTTP Basic or a bearer token, as the service expects.
	 */
	protected abstract HttpHeaders credentials(String user);

	/**
	 * Camunda's engine REST API and webapps find "the default engine" in a static
	 * registry, and the webapps keep their runtime in static fields that a service clears
	 * when it stops. A service has one engine per JVM; a test JVM runs several (the
	 * context cache keeps them, and some tests stop services of their own), so the
	 * service under test registers its own engine before each test, and the webapps'
	 * runtime if a stopped service took it away.
	 */
	@BeforeEach
	protected void makeThisServicesEngineTheDefault() {
		ProcessEngines.registerProcessEngine(this.engine);
		if (Cockpit.getRuntimeDelegate() == null) {
			Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
		}
		if (Admin.getRuntimeDelegate() == null) {
			Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
		}
		if (Tasklist.getRuntimeDelegate() == null) {
			Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
		}
	}

	@AfterEach
	void closeClientsAndPutTheEngineClockBack() throws Exception {
		for (AutoCloseable closeable : this.closeAfterTest) {
			closeable.close();
		}
		this.closeAfterTest.clear();
		ClockUtil.reset();
	}

	/** A bean of the service under test, in the tests that Spring runs. */
	protected <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** A package key no other test uses, e.g. {@code EU-T4F2A9C}. */
	public static String newPackageKey() {
		return "EU-T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
	}

	/** Today in Brussels, on the engine's clock. */
	public LocalDate today() {
		return Brussels.today(this.clock);
	}

	// Kafka

	protected TopicWriter writer() {
		TopicWriter writer = TopicWriter.of(this.bootstrapServers);
		this.closeAfterTest.add(writer);
		return writer;
	}

	protected TopicReader reader(String topic) {
		TopicReader reader = TopicReader.of(this.bootstrapServers, topic);
		this.closeAfterTest.add(reader);
		return reader;
	}

	protected TopicReader renewalEvents() {
		return reader(Topics.RENEWAL_EVENTS);
	}

	/** The registry says a package's renewal is due. */
	public CloudEvent renewalDue(String packageKey, LocalDate expiry) {
		return writer().send(Topics.REGISTRY_EVENTS, new RenewalDue(packageKey, "Test package " + packageKey, null,
				List.of(), expiry, 12, expiry.plusYears(1), 120, 10, List.of()), REGISTRY);
	}

	/** The registry publishes a package on its compacted topic. */
	public void packagePublished(String packageKey, LocalDate expiry, long revision) {
		writer().send(Topics.REGISTRY_PACKAGES,
				new PackageRevised(packageKey, revision, "Test package " + packageKey, "EU", null, List.of(),
						PackageStatus.ACTIVE, null, expiry, 6, 120, null, List.of(), List.of(), List.of(),
						this.clock.instant(), "test"),
				REGISTRY);
	}

	/** The registry confirms the extension. */
	protected CloudEvent measuresExtended(String renewalId, LocalDate expiry, LocalDate newExpiry) {
		String packageKey = renewalId.substring(0, renewalId.indexOf(':'));
		return writer().send(Topics.REGISTRY_EVENTS,
				new MeasuresExtended(packageKey, renewalId, UUID.randomUUID().toString(), 2, null, List.of(), List.of(),
						RenewalOutcome.EXTENDED, expiry, newExpiry, "Council Decision (CFSP) 2027/1", today(), today(),
						today(), List.of(), List.of(), 10, 10),
				REGISTRY);
	}

	/** A desk system sends its state's position on Kafka. */
	protected CloudEvent positionOnKafka(String renewalId, String state, Position position) {
		String packageKey = renewalId.substring(0, renewalId.indexOf(':'));
		return sendPosition(new PositionSubmitted(packageKey, renewalId, state, position,
				(position == Position.SUPPORT_WITH_CONDITIONS) ? "A statement on energy security" : null,
				(position == Position.CONSTRUCTIVE_ABSTENTION) ? "Declaration under Art. 31(1) TEU" : null,
				"desk-" + state + "/system"));
	}

	/** Sends a position as the desk systems of this service's configuration must. */
	protected CloudEvent sendPosition(PositionSubmitted position) {
		return writer().send(Topics.POSITIONS, position, DESK_SYSTEM);
	}

	/** Waits for a renewal's read model to exist, and returns its detail. */
	public JsonNode awaitRenewal(String renewalId) {
		return Awaitility.await()
			.atMost(WAIT)
			.until(() -> get("staff", "/api/renewals/" + renewalId),
					(response) -> response.getStatusCode().is2xxSuccessful())
			.getBody();
	}

	/** Waits until the renewal's detail satisfies the condition. */
	protected JsonNode awaitRenewal(String renewalId, Predicate<JsonNode> condition) {
		return Awaitility.await()
			.atMost(WAIT)
			.until(() -> get("staff", "/api/renewals/" + renewalId).getBody(),
					(detail) -> detail != null && detail.has("id") && condition.test(detail));
	}

	/** The events of a package on the renewal topic, once there are at least so many. */
	protected static List<ReceivedEvent> awaitEvents(TopicReader reader, String packageKey, int count) {
		return reader.awaitEvents(packageKey, count);
	}

	protected static List<EventType> types(List<ReceivedEvent> events) {
		return events.stream().map(ReceivedEvent::type).toList();
	}

	protected static <T extends SanctionsEvent> List<T> data(List<ReceivedEvent> events, Class<T> type) {
		return events.stream()
			.filter((event) -> type.isInstance(event.data()))
			.map((event) -> event.data(type))
			.toList();
	}

	/**
	 * A renewal of a fresh package whose expiry is three months away: due on Kafka,
	 * started, waiting for its review.
	 */
	protected StartedRenewal renewalInReview() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(3);
		String renewalId = packageKey + ":" + expiry;
		renewalDue(packageKey, expiry);
		awaitRenewal(renewalId);
		return new StartedRenewal(packageKey, expiry, renewalId);
	}

	/** The same, reviewed to extend by a year: each of the 27 desks has its task. */
	protected StartedRenewal renewalCollectingPositions() {
		StartedRenewal started = renewalInReview();
		reviewExtending(started.renewalId(), started.expiry().plusYears(1), started.expiry().minusDays(20));
		awaitTasks(started.renewalId(), "givePosition", 27);
		return started;
	}

	/**
	 * A renewal a test started.
	 *
	 * @param packageKey its package, fresh for the test
	 * @param expiry the expiry it renews
	 * @param renewalId its id
	 */
	protected record StartedRenewal(String packageKey, LocalDate expiry, String renewalId) {
	}

	/**
	 * A whole renewal: due on Kafka, reviewed through the engine REST API, 20 positions
	 * from desk systems on Kafka and 7 from desks through the API, adopted, confirmed by
	 * the registry; every event on the topic in order, numbered without gaps.
	 */
	protected void wholeRenewalThroughKafkaAndRest() {
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(3);
		String renewalId = packageKey + ":" + expiry;
		TopicReader integrator = renewalEvents();

		String dueId = renewalDue(packageKey, expiry).getId();
		awaitRenewal(renewalId);
		reviewExtending(renewalId, expiry.plusYears(1), expiry.minusDays(20));
		awaitTasks(renewalId, "givePosition", 27);

		List<String> states = allStates();
		for (String state : states.subList(0, 20)) {
			positionOnKafka(renewalId, state, Position.SUPPORT);
		}
		awaitRenewal(renewalId, (detail) -> detail.path("positions").size() == 20);
		for (String state : states.subList(20, 27)) {
			ResponseEntity<JsonNode> answer = positionOnRest("desk-" + state, renewalId, state, Position.SUPPORT);
			assertThat(answer.getStatusCode().value()).as("%s: %s", state, answer.getBody()).isEqualTo(200);
			assertThat(answer.getBody().path("status").asText()).isEqualTo("RECORDED");
			assertThat(answer.getBody().path("round").asInt()).as("the round the answer is recorded in").isEqualTo(1);
		}
		recordAdoption(renewalId);
		measuresExtended(renewalId, expiry, expiry.plusYears(1));

		JsonNode renewal = awaitRenewal(renewalId, (detail) -> detail.path("status").asText().equals("EXTENDED"));
		List<ReceivedEvent> events = awaitEvents(integrator, packageKey, 34);
		List<EventType> expected = new ArrayList<>(List.of(EventType.RENEWAL_STARTED, EventType.REVIEW_COMPLETED,
				EventType.POSITIONS_REQUESTED, EventType.VETO_RISK_ASSESSED));
		for (int count = 0; count < 27; count++) {
			expected.add(EventType.POSITION_RECORDED);
		}
		expected
			.addAll(List.of(EventType.VETO_RISK_ASSESSED, EventType.EXTENSION_ADOPTED, EventType.RENEWAL_COMPLETED));
		assertThat(types(events)).containsExactlyElementsOf(expected);
		assertThat(events).extracting(ReceivedEvent::sequence)
			.containsExactlyElementsOf(LongStream.rangeClosed(1, 34).boxed().toList());
		assertThat(events).allSatisfy((event) -> assertThat(event.subject()).isEqualTo(renewalId));
		assertThat(data(events, RenewalStarted.class).get(0).triggeringEventId()).isEqualTo(dueId);
		assertThat(data(events, ReviewCompleted.class).get(0).reviewedBy()).isEqualTo("staff");
		assertThat(data(events, ExtensionAdopted.class).get(0).recordedBy()).isEqualTo("staff");
		List<PositionRecorded> positions = data(events, PositionRecorded.class);
		assertThat(positions.subList(0, 20)).extracting(PositionRecorded::channel)
			.containsOnly(SubmissionChannel.KAFKA);
		assertThat(positions.subList(20, 27)).extracting(PositionRecorded::channel)
			.containsOnly(SubmissionChannel.REST);
		assertThat(positions.get(26).submittedBy()).isEqualTo("desk-" + states.get(26));

		assertThat(renewal.path("outcome").asText()).isEqualTo("EXTENDED");
		assertThat(renewal.path("phase").asText()).isEqualTo("ENDED");
		assertThat(renewal.path("round").asInt()).isEqualTo(1);
		assertThat(renewal.path("proposal").path("positionDeadline").asText())
			.isEqualTo(expiry.minusDays(20).toString());
		assertThat(renewal.path("positions")).hasSize(27);
		assertThat(renewal.path("risk").path("level").asText()).isEqualTo("NONE");
		assertThat(renewal.path("risk").path("history")).hasSize(2);
		assertThat(renewal.path("timeline")).hasSizeGreaterThanOrEqualTo(34);
	}

	// HTTP

	/** Any request, as the user, with a JSON body when one is given. */
	public ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
		HttpHeaders headers = credentials(user);
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		return this.rest.exchange(path, method,
				(body != null) ? new HttpEntity<>(json(body), headers) : new HttpEntity<>(headers), String.class);
	}

	protected ResponseEntity<JsonNode> get(String user, String path) {
		return this.rest.exchange(path, HttpMethod.GET, new HttpEntity<>(credentials(user)), JsonNode.class);
	}

	protected ResponseEntity<JsonNode> post(String user, String path, Object body) {
		HttpHeaders headers = credentials(user);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json(body), headers), JsonNode.class);
	}

	/** A desk submits its state's position through the API. */
	protected ResponseEntity<JsonNode> positionOnRest(String user, String renewalId, String state, Position position) {
		Map<String, Object> body = new HashMap<>();
		body.put("state", state);
		body.put("position", position.name());
		if (position == Position.SUPPORT_WITH_CONDITIONS) {
			body.put("conditions", "Delist EU.1.1");
		}
		if (position == Position.CONSTRUCTIVE_ABSTENTION) {
			body.put("justification", "Declaration under Art. 31(1) TEU");
		}
		return post(user, "/api/renewals/" + renewalId + "/positions", body);
	}

	/** The open tasks of a renewal, as the engine REST API shows them to the user. */
	protected List<JsonNode> tasks(String user, String renewalId, String taskKey) {
		ResponseEntity<JsonNode> response = get(user,
				"/engine-rest/task?processInstanceBusinessKey=" + renewalId + "&taskDefinitionKey=" + taskKey);
		assertThat(response.getStatusCode().value()).as("GET tasks: %s", response.getBody()).isEqualTo(200);
		List<JsonNode> tasks = new ArrayList<>();
		response.getBody().forEach(tasks::add);
		return tasks;
	}

	/** Waits for the one open task of that kind, as staff see it. */
	public String awaitTask(String renewalId, String taskKey) {
		return awaitTasks(renewalId, taskKey, 1).get(0).path("id").asText();
	}

	/** Waits until so many tasks of that kind are open, as staff see them. */
	protected List<JsonNode> awaitTasks(String renewalId, String taskKey, int count) {
		return Awaitility.await()
			.atMost(WAIT)
			.until(() -> tasks("staff", renewalId, taskKey), (tasks) -> tasks.size() == count);
	}

	/** Completes a task through the engine REST API, with typed variables. */
	protected ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
		Map<String, Object> typed = new HashMap<>();
		variables.forEach((name, value) -> {
			Map<String, Object> variable = new HashMap<>();
			variable.put("value", value);
			variable.put("type", (value instanceof Integer) ? "Integer" : "String");
			typed.put(name, variable);
		});
		HttpHeaders headers = credentials(user);
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
				new HttpEntity<>(json(Map.of("variables", typed)), headers), String.class);
	}

	/** Staff complete the review: extend as is, positions due by the deadline. */
	protected void reviewExtending(String renewalId, LocalDate newExpiry, LocalDate deadline) {
		String task = awaitTask(renewalId, "review");
		ResponseEntity<String> completed = complete("staff", task, Map.of("recommendation", "EXTEND",
				"proposedNewExpiry", newExpiry.toString(), "positionDeadline", deadline.toString()));
		assertThat(completed.getStatusCode().value()).as("review: %s", completed.getBody()).isEqualTo(204);
	}

	/** Staff record the Council's adoption, today. */
	protected void recordAdoption(String renewalId) {
		String task = awaitTask(renewalId, "recordAdoption");
		ResponseEntity<String> completed = complete("staff", task,
				Map.of("actReference", "Council Decision (CFSP) 2027/1", "adoptionDate", today().toString(),
						"publicationDate", today().toString(), "entryIntoForceDate", today().toString()));
		assertThat(completed.getStatusCode().value()).as("adoption: %s", completed.getBody()).isEqualTo(204);
	}

	/** Staff negotiate and ask states again. */
	protected void negotiateAskingAgain(String renewalId, String states, List<ListingAmendment> amendments,
			LocalDate deadline) {
		String task = awaitTask(renewalId, "negotiate");
		String text = amendments.stream()
			.map((amendment) -> amendment.action() + " " + amendment.euReferenceNumber() + " | " + amendment.name()
					+ " | " + amendment.reason())
			.reduce((a, b) -> a + "\n" + b)
			.orElse("");
		ResponseEntity<String> completed = complete("staff", task, Map.of("negotiationDecision", "ASK_AGAIN",
				"statesToAsk", states, "amendments", text, "positionDeadline", deadline.toString()));
		assertThat(completed.getStatusCode().value()).as("negotiation: %s", completed.getBody()).isEqualTo(204);
	}

	protected static String json(Object body) {
		try {
			return (body instanceof String text) ? text : JSON.writeValueAsString(body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** A sample delisting. */
	protected static ListingAmendment delisting() {
		return SampleEvents.delisting();
	}

	/** The types of a renewal detail's timeline entries, in order. */
	protected static List<String> timelineTypes(JsonNode detail) {
		return detail.path("timeline").findValuesAsText("type");
	}

	/** The first timeline entry of a type in a renewal detail. */
	protected static JsonNode timelineEntry(JsonNode detail, String type) {
		for (JsonNode entry : detail.path("timeline")) {
			if (entry.path("type").asText().equals(type)) {
				return entry;
			}
		}
		throw new AssertionError("No timeline entry " + type);
	}

	/** A state's position in a renewal detail. */
	protected static JsonNode stateOf(JsonNode detail, String state) {
		for (JsonNode position : detail.path("positions")) {
			if (position.path("state").asText().equals(state)) {
				return position;
			}
		}
		throw new AssertionError("No position of " + state);
	}

	/** The states, as EU codes. */
	protected static List<String> allStates() {
		return java.util.Arrays.stream(MemberState.values()).map(MemberState::euCode).toList();
	}

}
