package eu.sanctions.renewal;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.testing.WithKafkaBroker;

/**
 * The service as {@code ./sanctions up} runs it: H2, a real Kafka broker, the demo users
 * (staff, admin, integrator, a desk per member state) with HTTP Basic and in Tasklist, no
 * desk principals on Kafka, and a movable clock; its listeners try a failed record again
 * after short pauses. Every test class that extends this shares one running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:renewal-embedded;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"sanctions.clock.movable=true", "sanctions.renewal.kept-positions-sweep=PT5S",
				"sanctions.kafka.consumer-retry.first-wait=100ms", "sanctions.kafka.consumer-retry.longest-wait=500ms",
				"sanctions.kafka.consumer-retry.wait-for-a-bug=200ms" })
@WithKafkaBroker
@AutoConfigureObservability(tracing = false)
public abstract class EmbeddedServiceTest extends ServiceTestSupport {

	@DynamicPropertySource
	static void demoUsers(DynamicPropertyRegistry registry) {
		for (String user : new String[] { "staff", "admin", "integrator" }) {
			registry.add("sanctions.security.users." + user, () -> PASSWORD);
		}
		for (MemberState state : MemberState.values()) {
			registry.add("sanctions.security.users.desk-" + state.euCode(), () -> PASSWORD);
		}
	}

	@Override
	protected HttpHeaders credentials(String user) {
		HttpHeaders headers = new HttpHeaders();
		if (!"anonymous".equals(user)) {
			headers.setBasicAuth(user, PASSWORD);
		}
		return headers;
	}

}
