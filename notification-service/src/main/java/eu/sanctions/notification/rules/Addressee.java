package eu.sanctions.notification.rules;

/**
 * One delivery to make: a recipient on a channel at a destination.
 *
 * @param recipient who, e.g. {@code desk-LT}
 * @param channel how
 * @param destination where: the recipient for the inbox, the address for e-mail, the URL
 * for a webhook
 * @param subscriptionId the subscription whose webhook it is; absent for the other
 * channels
 */
public record Addressee(String recipient, Channel channel, String destination, Long subscriptionId) {

	static Addressee inbox(String recipient) {
		return new Addressee(recipient, Channel.INBOX, recipient, null);
	}

	static Addressee email(String recipient, String address) {
		return new Addressee(recipient, Channel.EMAIL, address, null);
	}

	static Addressee webhook(Subscriber subscriber) {
		return new Addressee(subscriber.recipient(), Channel.WEBHOOK, subscriber.webhook().toString(),
				subscriber.subscriptionId());
	}

}
