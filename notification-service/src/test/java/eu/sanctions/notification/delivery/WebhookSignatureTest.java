package eu.sanctions.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Signatures any Standard Webhooks library verifies: the specification's test vector, the
 * library's own verification, and an independent HMAC-SHA256 written from the
 * specification's text.
 */
class WebhookSignatureTest {

	// The Standard Webhooks specification's published test vector.
	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	private static final long TIMESTAMP = 1614265330;

	private static final String BODY = "{\"test\": 2432232314}";

	@Test
	void reproducesTheSpecificationsTestVector() {
		assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void signsAsAnIndependentImplementationOfTheSpecificationDoes() throws Exception {
		String body = "{\"specversion\":\"1.0\",\"subject\":\"EU-BLR:2027-02-28 — Belarus\"}";
		assertThat(WebhookSignature.sign(SECRET, "msg_1", 1_800_000_000L, body))
			.isEqualTo(independentSignature(SECRET, "msg_1", 1_800_000_000L, body));
	}

	@Test
	void isVerifiedByTheStandardWebhooksLibrary() throws Exception {
		long now = Instant.now().getEpochSecond();
		String signature = WebhookSignature.sign(SECRET, ID, now, BODY);
		new Webhook(SECRET).verify(BODY, headers(ID, now, signature));
	}

	@Test
	void failsVerificationWhenTheBodyWasChanged() {
		long now = Instant.now().getEpochSecond();
		String signature = WebhookSignature.sign(SECRET, ID, now, BODY);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> new Webhook(SECRET).verify(BODY.replace('2', '3'), headers(ID, now, signature)));
	}

	private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
		return Map.of(WebhookSignature.ID_HEADER, List.of(id), WebhookSignature.TIMESTAMP_HEADER,
				List.of(Long.toString(timestamp)), WebhookSignature.SIGNATURE_HEADER, List.of(signature));
	}

	/** {@code v1,} + base64(HMAC-SHA256(base64-decoded secret, id.timestamp.body)). */
	static String independentSignature(String secret, String id, long timestamp, String body) throws Exception {
		byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
		return "v1," + Base64.getEncoder().encodeToString(digest);
	}

}
