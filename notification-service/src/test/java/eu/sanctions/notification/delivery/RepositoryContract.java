package eu.sanctions.notification.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.notification.Fixtures;
import eu.sanctions.notification.inbox.Notification;
import eu.sanctions.notification.inbox.Notifications;
import eu.sanctions.notification.rules.Addressee;
import eu.sanctions.notification.rules.Channel;
import eu.sanctions.notification.rules.Notice;
import eu.sanctions.notification.subscription.PackageCatalogue;
import eu.sanctions.notification.subscription.Subscription;
import eu.sanctions.notification.subscription.Subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the repositories must do on every database the service runs on: the same tests on
 * the embedded H2 and on PostgreSQL, against the service's own Flyway migrations and
 * Hibernate's validation of the mapping.
 */
@DataJpaTest
@Import(PackageCatalogue.class)
abstract class RepositoryContract {

	private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

	private static final Notice NOTICE = new Notice("EU-BLR: your position is requested by 2027-02-12", "Round 1.",
			null);

	private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1));

	@Autowired
	private Notifications notifications;

	@Autowired
	private Deliveries deliveries;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private PackageCatalogue catalogue;

	@Test
	void readsAnInboxNewestFirstAndCountsTheUnread() {
		ReceivedEvent first = Fixtures.received(SampleEvents.positionsRequested());
		ReceivedEvent second = Fixtures.received(SampleEvents.reminderDue());
		Notification older = this.notifications.save(Notification.of(first, "desk-LT", NOTICE, NOW));
		Notification newer = this.notifications.save(Notification.of(second, "desk-LT", NOTICE, NOW.plusSeconds(1)));
		this.notifications.save(Notification.of(first, "desk-LV", NOTICE, NOW));

		assertThat(this.notifications.findByRecipientOrderByIdDesc("desk-LT", Limit.of(10)))
			.extracting(Notification::getId)
			.containsExactly(newer.getId(), older.getId());
		assertThat(this.notifications.countByRecipientAndReadAtIsNull("desk-LT")).isEqualTo(2);
		assertThat(
				this.notifications.findByRecipientAndIdGreaterThanOrderByIdAsc("desk-LT", older.getId(), Limit.of(10)))
			.extracting(Notification::getId)
			.containsExactly(newer.getId());
		assertThat(this.notifications.findFirstByRecipientOrderByIdDesc("desk-LT")).contains(newer);
	}

	@Test
	void keepsOneNotificationPerEventAndRecipient() {
		ReceivedEvent event = Fixtures.received(SampleEvents.positionsRequested());
		this.notifications.saveAndFlush(Notification.of(event, "desk-LT", NOTICE, NOW));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.notifications.saveAndFlush(Notification.of(event, "desk-LT", NOTICE, NOW)));
	}

	@Test
	void keepsOneDeliveryPerEventRecipientChannelAndDestination() {
		ReceivedEvent event = Fixtures.received(SampleEvents.extensionAdopted());
		long notification = this.notifications.save(Notification.of(event, "integrator", NOTICE, NOW)).getId();
		Addressee hook = new Addressee("integrator", Channel.WEBHOOK, "https://hooks.example/a", 1L);
		this.deliveries.saveAndFlush(Delivery.of(event, hook, notification, "{}", NOW));
		this.deliveries.saveAndFlush(Delivery.of(event,
				new Addressee("integrator", Channel.WEBHOOK, "https://hooks.example/b", 2L), notification, "{}", NOW));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.deliveries.saveAndFlush(Delivery.of(event, hook, notification, "{}", NOW)));
	}

	@Test
	void findsTheDueDeliveriesLongestWaitingFirst() {
		ReceivedEvent event = Fixtures.received(SampleEvents.positionsRequested());
		long notification = this.notifications.save(Notification.of(event, "desk-LT", NOTICE, NOW)).getId();
		Delivery inbox = save(event, new Addressee("desk-LT", Channel.INBOX, "desk-LT", null), notification, NOW);
		Delivery late = save(event, new Addressee("desk-LT", Channel.EMAIL, "a@desk.example", null), notification,
				NOW.minusSeconds(30));
		Delivery early = save(event, new Addressee("desk-LT", Channel.EMAIL, "b@desk.example", null), notification,
				NOW.minusSeconds(60));
		Delivery waiting = this.deliveries
			.save(save(event, new Addressee("desk-LT", Channel.EMAIL, "c@desk.example", null), notification, NOW)
				.failed("SMTP down", true, NOW, POLICY, 0.99));

		assertThat(inbox.getStatus()).isEqualTo(DeliveryStatus.SENT);
		assertThat(waiting.getNextAttemptAt()).isAfter(NOW);
		assertThat(this.deliveries.findDue(DeliveryStatus.PENDING, NOW, Limit.of(10))).containsExactly(early.getId(),
				late.getId());
		assertThat(this.deliveries.findDue(DeliveryStatus.PENDING, NOW.plusSeconds(60), Limit.of(1)))
			.containsExactly(early.getId());
	}

	@Test
	void searchesDeliveriesByRecipientStatusAndChannel() {
		ReceivedEvent event = Fixtures.received(SampleEvents.extensionAdopted());
		long lt = this.notifications.save(Notification.of(event, "desk-LT", NOTICE, NOW)).getId();
		long integrator = this.notifications.save(Notification.of(event, "integrator", NOTICE, NOW)).getId();
		Delivery ltInbox = save(event, new Addressee("desk-LT", Channel.INBOX, "desk-LT", null), lt, NOW);
		Delivery dead = this.deliveries
			.save(save(event, new Addressee("integrator", Channel.WEBHOOK, "https://hooks.example/a", 1L), integrator,
					NOW)
				.failed("The subscription was ended", false, NOW, POLICY, 0.5));

		assertThat(this.deliveries.search(false, Set.of("desk-LT"), null, null, Limit.of(10))).containsExactly(ltInbox);
		assertThat(
				this.deliveries.search(false, Set.of("desk-LT", "integrator"), DeliveryStatus.DEAD, null, Limit.of(10)))
			.containsExactly(dead);
		assertThat(this.deliveries.search(false, Set.of("integrator"), null, Channel.INBOX, Limit.of(10))).isEmpty();
		assertThat(this.deliveries.search(true, Set.of(""), null, null, Limit.of(10))).containsExactly(dead, ltInbox);
	}

	@Test
	void storesWhatASubscriptionNames() {
		Subscription blr = this.subscriptions.save(Subscription.of("integrator", false, List.of("EU-BLR", "EU-RUS"),
				List.of(EventType.EXTENSION_ADOPTED), URI.create("https://hooks.example/a"), NOW));
		this.subscriptions.save(Subscription.of("desk-LT", true, List.of(), List.of(), null, NOW));
		this.subscriptions.flush();

		Subscription found = this.subscriptions.findByIdAndOwner(blr.getId(), "integrator").orElseThrow();
		assertThat(found.getPackages()).containsExactlyInAnyOrder("EU-BLR", "EU-RUS");
		assertThat(found.matches("EU-RUS", EventType.EXTENSION_ADOPTED)).isTrue();
		assertThat(found.matches("EU-RUS", EventType.RENEWAL_LAPSED)).isFalse();
		assertThat(found.getSecret()).startsWith("whsec_");
		assertThat(this.subscriptions.findByIdAndOwner(blr.getId(), "desk-LT")).isEmpty();
		assertThat(this.subscriptions.findOwners()).containsExactlyInAnyOrder("integrator", "desk-LT");
	}

	@Test
	void learnsPackagesAndKeepsTheLatestRevision() {
		this.catalogue.learn(SampleEvents.packageRevised());
		this.catalogue.learn(SampleEvents.packageRevised());
		assertThat(this.catalogue.knows(SampleEvents.PACKAGE_KEY)).isTrue();
		assertThat(this.catalogue.knows("EU-XYZ")).isFalse();
		this.catalogue.forget(SampleEvents.PACKAGE_KEY);
		assertThat(this.catalogue.knows(SampleEvents.PACKAGE_KEY)).isFalse();
	}

	private Delivery save(ReceivedEvent event, Addressee addressee, long notification, Instant now) {
		return this.deliveries.save(Delivery.of(event, addressee, notification, null, now));
	}

}
