package eu.sanctions.notification;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.events.testing.TestTokens;
import eu.sanctions.notification.subscription.PackageCatalogue;
import eu.sanctions.notification.subscription.Subscriptions;

/**
 * The service as production runs it behind an identity provider: callers present real
 * RS256 JWTs, and webhooks may not call private addresses (the default). No broker: the
 * API is what these tests are about, so the listeners stay stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:with-tokens;DB_CLOSE_DELAY=-1",
				"spring.kafka.listener.auto-startup=false", "spring.kafka.admin.auto-create=false" })
public abstract class TokenTest {

	protected static final String STAFF = Api.bearer(TestTokens.token("a.lindqvist", List.of("STAFF"), null));

	protected static final String DESK_LT = Api.bearer(TestTokens.token("j.petraitis", List.of("DESK"), "LT"));

	protected static final String BANK = Api.bearer(TestTokens.token("bank-screening", List.of("INTEGRATOR"), null));

	protected static final String CUSTOMS = Api.bearer(TestTokens.token("customs-lt", List.of("INTEGRATOR"), null));

	protected static final String ADMIN = Api.bearer(TestTokens.token("ops", List.of("ADMIN"), null));

	@LocalServerPort
	protected int port;

	@Autowired
	protected PackageCatalogue catalogue;

	@Autowired
	protected Subscriptions subscriptions;

	protected Api api;

	@DynamicPropertySource
	static void trustTestTokens(DynamicPropertyRegistry registry) {
		TestTokens.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@BeforeEach
	void connect() {
		this.api = Api.at(this.port);
		this.catalogue.learn(SampleEvents.packageRevised());
	}

	@AfterEach
	void endSubscriptions() {
		this.subscriptions.deleteAll();
	}

}
