package eu.sanctions.notification.delivery;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import eu.sanctions.events.EventType;
import eu.sanctions.notification.rules.Directory;
import eu.sanctions.notification.rules.Subscriber;
import eu.sanctions.notification.subscription.Subscription;
import eu.sanctions.notification.subscription.Subscriptions;

/**
 * The rules' view of the recipients: subscriptions from the database, e-mail addresses
 * from configuration, and e-mail only when an SMTP server is configured.
 */
@Component
class RecipientDirectory implements Directory {

	private final Subscriptions subscriptions;

	private final EmailSettings email;

	private final ObjectProvider<JavaMailSender> mailSender;

	RecipientDirectory(Subscriptions subscriptions, EmailSettings email, ObjectProvider<JavaMailSender> mailSender) {
		this.subscriptions = subscriptions;
		this.email = email;
		this.mailSender = mailSender;
	}

	@Override
	public List<Subscriber> subscribersOf(String packageKey, EventType type) {
		return this.subscriptions.findAll()
			.stream()
			.filter((subscription) -> subscription.matches(packageKey, type))
			.map(Subscription::asSubscriber)
			.toList();
	}

	@Override
	public Set<String> ownersWithSubscriptions() {
		return this.subscriptions.findOwners();
	}

	@Override
	public Optional<String> emailAddressOf(String recipient) {
		return (this.mailSender.getIfAvailable() != null) ? this.email.addressOf(recipient) : Optional.empty();
	}

}
