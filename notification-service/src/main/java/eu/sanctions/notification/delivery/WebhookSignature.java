package eu.sanctions.notification.delivery;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * The Standard Webhooks signature: {@code v1,} and the base64 of HMAC-SHA256, keyed with
 * the subscription's secret, over {@code webhook-id.webhook-timestamp.body}. Made by the
 * specification's own Java library, so that any Standard Webhooks library verifies it.
 */
public final class WebhookSignature {

	/**
	 * A stable id per delivery, the same on every attempt: receivers deduplicate on it.
	 */
	public static final String ID_HEADER = "webhook-id";

	/** Seconds since the epoch when the attempt was signed. */
	public static final String TIMESTAMP_HEADER = "webhook-timestamp";

	/** {@code v1,<base64>}; several, space-separated, while a secret is rotated. */
	public static final String SIGNATURE_HEADER = "webhook-signature";

	private WebhookSignature() {
	}

	/**
	 * @param secret the subscription's secret, {@code whsec_} and the base64 of the key
	 * @param messageId the {@code webhook-id}
	 * @param timestamp the {@code webhook-timestamp}, seconds since the epoch
	 * @param body the exact body sent
	 * @return the {@code webhook-signature}
	 */
	public static String sign(String secret, String messageId, long timestamp, String body) {
		try {
			return new Webhook(secret).sign(messageId, timestamp, body);
		}
		catch (WebhookSigningException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available to sign webhooks", ex);
		}
	}

}
