package eu.sanctions.renewal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.testing.TestTokens;
import eu.sanctions.events.testing.WithKafkaBroker;
import eu.sanctions.events.testing.WithPostgres;

/**
 * The service as production runs it: PostgreSQL, a real Kafka broker, callers presenting
 * JWTs signed by {@link TestTokens} (no demo users), and desk systems that must sign
 * their positions, one secret per state; its listeners try a failed record again after
 * short pauses. Every test class that extends this shares one running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sanctions.clock.movable=true", "sanctions.renewal.kept-positions-sweep=PT5S",
				"sanctions.kafka.consumer-retry.first-wait=100ms", "sanctions.kafka.consumer-retry.longest-wait=500ms",
				"sanctions.kafka.consumer-retry.wait-for-a-bug=200ms" })
@WithPostgres
@WithKafkaBroker
@AutoConfigureObservability(tracing = false)
public abstract class ProductionLikeServiceTest extends ServiceTestSupport {

	private final EventCodec codec = new EventCodec();

	@DynamicPropertySource
	static void tokensAndDeskSystems(DynamicPropertyRegistry registry) {
		TestTokens.properties().forEach((name, value) -> registry.add(name, () -> value));
		for (MemberState state : MemberState.values()) {
			registry.add("sanctions.kafka.desk-principals." + state.euCode() + ".secret",
					() -> secretOf(state.euCode()));
		}
	}

	/** The secret a state's desk system signs with. */
	protected static String secretOf(String state) {
		return "secret-of-the-desk-system-of-" + state;
	}

	@Override
	protected HttpHeaders credentials(String user) {
		HttpHeaders headers = new HttpHeaders();
		if (user.startsWith("desk-")) {
			headers.setBearerAuth(TestTokens.token(user, List.of("DESK"), user.substring("desk-".length())));
		}
		else if (!user.equals("anonymous")) {
			headers.setBearerAuth(TestTokens.token(user, List.of(user.toUpperCase(java.util.Locale.ROOT)), null));
		}
		return headers;
	}

	/** Desk systems sign their positions here, each as its own state's principal. */
	@Override
	protected CloudEvent sendPosition(PositionSubmitted position) {
		String principal = "desk-" + position.state();
		return sendSigned(position, principal, secretOf(position.state()));
	}

	/** Sends a position as a principal, signed with a secret. */
	protected CloudEvent sendSigned(PositionSubmitted position, String principal, String secret) {
		CloudEvent event = CloudEventBuilder.v1(this.codec.envelope(position, DESK_SYSTEM))
			.withExtension("authid", principal)
			.build();
		ProducerRecord<String, byte[]> record = this.codec.toKafkaRecord(Topics.POSITIONS, event);
		Map<String, String> headers = new HashMap<>();
		record.headers()
			.forEach((header) -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
		if (secret != null) {
			headers.put("sanctions-signature", "v1," + hmac(secret, event.getId() + ".", record.value()));
		}
		writer().sendRaw(Topics.POSITIONS, record.key(), new String(record.value(), StandardCharsets.UTF_8), headers);
		return event;
	}

	private static String hmac(String secret, String prefix, byte[] value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(prefix.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal(value));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
