package eu.sanctions.notification;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cloudevents.CloudEvent;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.Topics;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.events.testing.TopicWriter;
import eu.sanctions.events.testing.WithKafkaBroker;
import eu.sanctions.notification.delivery.Deliveries;
import eu.sanctions.notification.delivery.Delivery;
import eu.sanctions.notification.inbox.Notifications;
import eu.sanctions.notification.subscription.PackageCatalogue;
import eu.sanctions.notification.subscription.Subscriptions;

/**
 * The whole service against a real broker, a real SMTP server and real HTTP: one Spring
 * context (one broker) that every test class extending this shares, with short time-outs
 * and waits between retries. Each test tells its events apart by their CloudEvents ids
 * and ends the subscriptions it made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:with-broker;DB_CLOSE_DELAY=-1",
				"sanctions.security.users.staff=" + BrokerTest.STAFF_PASSWORD,
				"sanctions.security.users.admin=" + BrokerTest.ADMIN_PASSWORD,
				"sanctions.security.users.integrator=" + BrokerTest.INTEGRATOR_PASSWORD,
				"sanctions.security.users.desk-LT=" + BrokerTest.DESK_LT_PASSWORD,
				"sanctions.security.users.desk-LV=" + BrokerTest.DESK_LV_PASSWORD,
				"sanctions.notification.email.addresses.desk-LT=" + BrokerTest.DESK_LT_ADDRESS,
				"sanctions.notification.email.addresses.staff=" + BrokerTest.STAFF_ADDRESS,
				"sanctions.notification.webhooks.allow-private-targets=true",
				"sanctions.notification.delivery.poll-interval=PT0.1S",
				"sanctions.notification.delivery.max-attempts=4", "sanctions.notification.delivery.initial-delay=20ms",
				"sanctions.notification.delivery.max-delay=100ms", "sanctions.notification.stream.poll-interval=PT0.1S",
				"SANCTIONS_EMAIL_CONNECT_TIMEOUT_MS=1000", "SANCTIONS_EMAIL_READ_TIMEOUT_MS=1000",
				"SANCTIONS_EMAIL_WRITE_TIMEOUT_MS=1000", "sanctions.kafka.consumer-retry.first-wait=100ms",
				"sanctions.kafka.consumer-retry.longest-wait=500ms",
				"sanctions.kafka.consumer-retry.wait-for-a-bug=100ms" })
@WithKafkaBroker
@AutoConfigureObservability(tracing = false)
public abstract class BrokerTest {

	public static final String STAFF_PASSWORD = "staff-secret-1";

	public static final String ADMIN_PASSWORD = "admin-secret-1";

	public static final String INTEGRATOR_PASSWORD = "integrator-secret-1";

	public static final String DESK_LT_PASSWORD = "desk-lt-secret-1";

	public static final String DESK_LV_PASSWORD = "desk-lv-secret-1";

	public static final String DESK_LT_ADDRESS = "desk-lt@sanctions.test";

	public static final String STAFF_ADDRESS = "staff@sanctions.test";

	protected static final String STAFF = Api.basic("staff", STAFF_PASSWORD);

	protected static final String ADMIN = Api.basic("admin", ADMIN_PASSWORD);

	protected static final String INTEGRATOR = Api.basic("integrator", INTEGRATOR_PASSWORD);

	protected static final String DESK_LT = Api.basic("desk-LT", DESK_LT_PASSWORD);

	protected static final String DESK_LV = Api.basic("desk-LV", DESK_LV_PASSWORD);

	protected static final URI SOURCE = URI.create("urn:eu-sanctions:renewal-service");

	@LocalServerPort
	protected int port;

	@Value("${spring.kafka.bootstrap-servers}")
	protected String bootstrapServers;

	@Autowired
	protected Notifications notifications;

	@Autowired
	protected Deliveries deliveries;

	@Autowired
	protected Subscriptions subscriptions;

	@Autowired
	protected PackageCatalogue catalogue;

	@Autowired
	protected JdbcTemplate jdbc;

	private TopicWriter writer;

	protected Api api;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMail::port);
	}

	@BeforeEach
	void connect() {
		this.api = Api.at(this.port);
	}

	@AfterEach
	void disconnect() {
		this.subscriptions.deleteAll();
		if (this.writer != null) {
			this.writer.close();
			this.writer = null;
		}
	}

	/** A producer, made when a test first sends. */
	protected TopicWriter writer() {
		if (this.writer == null) {
			this.writer = TopicWriter.of(this.bootstrapServers);
		}
		return this.writer;
	}

	/** Publishes an event as its producer would, on its topic, in a fresh CloudEvent. */
	protected CloudEvent publish(SanctionsEvent event) {
		return writer().send(EventType.of(event).topic(), event, SOURCE);
	}

	/**
	 * Publishes a package on the registry's compacted topic and waits until it is known.
	 */
	protected void knowPackage(String packageKey) {
		if (this.catalogue.knows(packageKey)) {
			return;
		}
		PackageRevised sample = SampleEvents.packageRevised();
		writer().send(Topics.REGISTRY_PACKAGES,
				new PackageRevised(packageKey, sample.revision(), sample.title(), sample.issuer(),
						sample.sanctionsMapId(), sample.programmes(), sample.status(), sample.adoptionDate(),
						sample.expiry(), sample.renewalCycleMonths(), sample.reviewWindowDays(), sample.lapsedOn(),
						sample.legalActs(), sample.measures(), sample.listings(), Instant.now(), sample.cause()),
				URI.create("urn:eu-sanctions:registry-service"));
		await().until(() -> this.catalogue.knows(packageKey));
	}

	/** Waits until the service has applied an event: its id is in the inbox of events. */
	protected void awaitApplied(String eventId) {
		await().until(() -> this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_inbox WHERE consumer = 'notification-service' AND event_id = ?",
				Integer.class, eventId) == 1);
	}

	/** The deliveries of an event, once it is applied. */
	protected List<Delivery> deliveriesOf(String eventId) {
		awaitApplied(eventId);
		return this.deliveries.findByEventIdOrderById(eventId);
	}

	/** Makes a subscription through the API and returns its answer. */
	protected Api.Response subscribe(String json, String authorization) {
		Api.Response response = this.api.post("/api/subscriptions", json, authorization);
		if (response.status() != 201) {
			throw new AssertionError("Subscribing failed: " + response);
		}
		return response;
	}

	protected static ConditionFactory await() {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
	}

	protected static String json(Map<String, ?> body) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
