package eu.sanctions.registry;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.sanctions.events.testing.TestTokens;

/**
 * The registry without a broker (its consumer and relay stay stopped, its events wait in
 * the outbox), on H2 unless a subclass asks for PostgreSQL, with callers presenting JWTs
 * signed by {@link TestTokens}. Subclasses with the same annotations share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:registry-without-broker;DB_CLOSE_DELAY=-1",
				"spring.kafka.bootstrap-servers=127.0.0.1:1", "spring.kafka.listener.auto-startup=false",
				"spring.kafka.admin.auto-create=false", "sanctions.outbox.relay-enabled=false" })
@Import(TestClockConfiguration.class)
@AutoConfigureObservability(tracing = false)
public abstract class NoBrokerTestBase {

	@DynamicPropertySource
	static void trustTestTokens(DynamicPropertyRegistry registry) {
		TestTokens.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

}
