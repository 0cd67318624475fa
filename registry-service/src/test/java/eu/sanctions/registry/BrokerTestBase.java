package eu.sanctions.registry;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.sanctions.events.testing.WithKafkaBroker;

/**
 * The registry as it runs: a real Kafka broker, H2, the first-start seed, HTTP on a
 * random port with the demo users, and a clock at 22 November 2026 that tests may move
 * (and that is put back after each test), and a consumer that retries quickly. Every test
 * class that extends this shares one context, so tests work on packages of their own, or
 * only read the seeded ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=" + BrokerTestBase.DATABASE,
				"sanctions.security.users.staff=" + BrokerTestBase.PASSWORD,
				"sanctions.security.users.admin=" + BrokerTestBase.PASSWORD,
				"sanctions.security.users.integrator=" + BrokerTestBase.PASSWORD,
				"sanctions.security.users.desk-LT=" + BrokerTestBase.PASSWORD,
				"sanctions.kafka.consumer-retry.first-wait=100ms", "sanctions.kafka.consumer-retry.longest-wait=500ms",
				"sanctions.kafka.consumer-retry.wait-for-a-bug=100ms" })
@WithKafkaBroker
@AutoConfigureObservability(tracing = false)
@Import(TestClockConfiguration.class)
public abstract class BrokerTestBase {

	/** The database of these tests, for a second registry on it. */
	public static final String DATABASE = "jdbc:h2:mem:registry-with-broker;DB_CLOSE_DELAY=-1";

	/** Every demo user's password in these tests. */
	public static final String PASSWORD = "test-password-1";

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected TestRestTemplate rest;

	@Value("${spring.kafka.bootstrap-servers}")
	protected String bootstrapServers;

	@Autowired
	protected JdbcTemplate jdbc;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	protected TestRestTemplate as(String user) {
		return this.rest.withBasicAuth(user, PASSWORD);
	}

	/**
	 * Waits until the relay has published every event the registry has written so far:
	 * then a topic read to its end holds all of them.
	 */
	protected void awaitOutboxRelayed() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.jdbc.queryForObject("SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL",
					Integer.class) == 0);
	}

}
