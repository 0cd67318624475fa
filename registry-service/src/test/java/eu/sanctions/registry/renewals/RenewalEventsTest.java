package eu.sanctions.registry.renewals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.events.EventType;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.registry.MeasuresLapsed;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.events.registry.RegistryUpdateRejected;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.events.testing.TopicWriter;
import eu.sanctions.registry.BrokerTestBase;
import eu.sanctions.registry.messaging.EventRefusedException;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;

import static eu.sanctions.registry.register.PackageFixtures.activePackage;
import static eu.sanctions.registry.register.PackageFixtures.extension;
import static eu.sanctions.registry.register.PackageFixtures.removal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry applying a renewal's outcomes from a real broker, and what it publishes in
 * return. Each test works on a package of its own.
 */
class RenewalEventsTest extends BrokerTestBase {

	private static final URI RENEWAL = URI.create("urn:eu-sanctions:renewal-service");

	private static final LocalDate EXPIRY = LocalDate.of(2027, 2, 28);

	private static final LocalDate NEW_EXPIRY = LocalDate.of(2028, 2, 28);

	private final EventCodec codec = new EventCodec();

	@Autowired
	EditingPackages editing;

	@Autowired
	Packages packages;

	private TopicWriter writer;

	private TopicReader registryEvents;

	private TopicReader deadLetters;

	@BeforeEach
	void connect() {
		this.writer = TopicWriter.of(this.bootstrapServers);
		this.registryEvents = TopicReader.of(this.bootstrapServers, Topics.REGISTRY_EVENTS);
		this.deadLetters = TopicReader.of(this.bootstrapServers, Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS));
	}

	@AfterEach
	void disconnect() {
		this.writer.close();
		this.registryEvents.close();
		this.deadLetters.close();
	}

	@Test
	void appliesAnAdoptedExtensionOnceThoughItIsDeliveredTwice() {
		this.editing.create(activePackage("EU-KX-ONCE", EXPIRY, 3), "test");
		CloudEvent adopted = this.codec.envelope(extension("EU-KX-ONCE", EXPIRY, NEW_EXPIRY, removal("EU.KX.ONCE.2")),
				RENEWAL);

		this.writer.send(Topics.RENEWAL_EVENTS, adopted);
		this.writer.send(Topics.RENEWAL_EVENTS, adopted);
		// Same key, same partition: once this one is applied, the redelivery was read.
		send(new RenewalLapsed("EU-KX-ONCE:2028-02-28", "EU-KX-ONCE", NEW_EXPIRY, NEW_EXPIRY.plusDays(1),
				RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION, List.of(), null));
		this.registryEvents.awaitEvent("EU-KX-ONCE", EventType.MEASURES_LAPSED);

		List<ReceivedEvent> extended = eventsOf("EU-KX-ONCE", EventType.MEASURES_EXTENDED);
		assertThat(extended).hasSize(1);
		MeasuresExtended confirmation = extended.get(0).data(MeasuresExtended.class);
		assertThat(confirmation.causationEventId()).isEqualTo(adopted.getId());
		assertThat(confirmation.renewalId()).isEqualTo("EU-KX-ONCE:2027-02-28");
		assertThat(confirmation.previousExpiry()).isEqualTo(EXPIRY);
		assertThat(confirmation.newExpiry()).isEqualTo(NEW_EXPIRY);
		assertThat(confirmation.revision()).isEqualTo(2);
		assertThat(confirmation.listingsRemoved()).containsExactly("EU.KX.ONCE.2");
		assertThat(confirmation.listingCountBefore()).isEqualTo(3);
		assertThat(confirmation.listingCountAfter()).isEqualTo(2);
		assertThat(this.packages.history("EU-KX-ONCE")).hasSize(3);
	}

	@Test
	void publishesThePackagesFullStateAfterEveryRevision() {
		this.editing.create(activePackage("EU-KX-STATE", EXPIRY, 1), "test");

		send(extension("EU-KX-STATE", EXPIRY, NEW_EXPIRY));

		try (TopicReader states = TopicReader.of(this.bootstrapServers, Topics.REGISTRY_PACKAGES)) {
			List<ReceivedEvent> revised = states.awaitEvents("EU-KX-STATE", 2);
			assertThat(revised).extracting(ReceivedEvent::type).containsOnly(EventType.PACKAGE_REVISED);
			assertThat(revised).extracting((event) -> event.data(PackageRevised.class).revision())
				.containsExactly(1L, 2L);
			assertThat(revised).extracting(ReceivedEvent::sequence).containsExactly(1L, 2L);
			PackageRevised latest = revised.get(1).data(PackageRevised.class);
			assertThat(latest.expiry()).isEqualTo(NEW_EXPIRY);
			assertThat(latest.listings()).hasSize(1);
			assertThat(latest.cause()).contains("extension-adopted EU-KX-STATE:2027-02-28");
		}
	}

	@Test
	void lapsesAPackageFromTheDayAfterItsExpiry() {
		this.editing.create(activePackage("EU-KX-LAPSE", EXPIRY, 2), "test");

		CloudEvent lapsed = send(new RenewalLapsed("EU-KX-LAPSE:2027-02-28", "EU-KX-LAPSE", EXPIRY, EXPIRY.plusDays(1),
				RenewalLapsed.Reason.LAPSE_ACCEPTED, List.of(), "No unanimity."));

		MeasuresLapsed measuresLapsed = this.registryEvents.awaitEvent("EU-KX-LAPSE", EventType.MEASURES_LAPSED)
			.data(MeasuresLapsed.class);
		assertThat(measuresLapsed.causationEventId()).isEqualTo(lapsed.getId());
		assertThat(measuresLapsed.lapsedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(measuresLapsed.listingCount()).isEqualTo(2);
		var current = this.packages.find("EU-KX-LAPSE").orElseThrow();
		assertThat(current.state().status()).isEqualTo(PackageStatus.LAPSED);
		assertThat(current.latest().effectiveDate()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(this.packages.inForceOn("EU-KX-LAPSE", EXPIRY).orElseThrow().state().status())
			.isEqualTo(PackageStatus.ACTIVE);
	}

	@Test
	void refusesAStaleExtensionToTheDeadLetterTopicAndTellsTheRenewalOnce() {
		this.editing.create(activePackage("EU-KX-STALE", EXPIRY, 1), "test");
		CloudEvent stale = this.codec.envelope(extension("EU-KX-STALE", LocalDate.of(2026, 2, 28), EXPIRY), RENEWAL);

		this.writer.send(Topics.RENEWAL_EVENTS, stale);
		this.writer.send(Topics.RENEWAL_EVENTS, stale);
		send(new RenewalLapsed("EU-KX-STALE:2027-02-28", "EU-KX-STALE", EXPIRY, EXPIRY.plusDays(1),
				RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION, List.of(), null));
		this.registryEvents.awaitEvent("EU-KX-STALE", EventType.MEASURES_LAPSED);

		List<ConsumerRecord<String, byte[]>> dead = this.deadLetters
			.awaitRecords((record) -> stale.getId().equals(header(record, "ce_id")), 2);
		assertThat(dead).hasSize(2).allSatisfy((record) -> {
			assertThat(header(record, EventRefusedException.REASON_HEADER)).isEqualTo("EXPIRY_MISMATCH");
			assertThat(header(record, "kafka_dlt-exception-message")).contains("EXPIRY_MISMATCH")
				.contains("2027-02-28");
			assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.RENEWAL_EVENTS);
		});
		List<ReceivedEvent> rejections = eventsOf("EU-KX-STALE", EventType.REGISTRY_UPDATE_REJECTED);
		assertThat(rejections).hasSize(1);
		RegistryUpdateRejected rejected = rejections.get(0).data(RegistryUpdateRejected.class);
		assertThat(rejected.reason()).isEqualTo(RegistryUpdateRejected.Reason.EXPIRY_MISMATCH);
		assertThat(rejected.rejectedEventId()).isEqualTo(stale.getId());
		assertThat(rejected.rejectedEventType()).isEqualTo(EventType.EXTENSION_ADOPTED.type());
		assertThat(rejected.renewalId()).isEqualTo("EU-KX-STALE:2026-02-28");
		assertThat(rejected.registryExpiry()).isEqualTo(EXPIRY);
		assertThat(rejected.eventPreviousExpiry()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(eventsOf("EU-KX-STALE", EventType.MEASURES_EXTENDED)).isEmpty();
		assertThat(this.packages.history("EU-KX-STALE")).hasSize(2);
	}

	@Test
	void refusesAnExtensionOfAnUnknownPackage() {
		CloudEvent unknown = send(extension("EU-KX-NONE", EXPIRY, NEW_EXPIRY));

		RegistryUpdateRejected rejected = this.registryEvents
			.awaitEvent("EU-KX-NONE", EventType.REGISTRY_UPDATE_REJECTED)
			.data(RegistryUpdateRejected.class);
		assertThat(rejected.reason()).isEqualTo(RegistryUpdateRejected.Reason.UNKNOWN_PACKAGE);
		assertThat(rejected.rejectedEventId()).isEqualTo(unknown.getId());
		assertThat(this.deadLetters.awaitRecords((record) -> unknown.getId().equals(header(record, "ce_id")), 1))
			.hasSize(1);
	}

	@Test
	void sendsWhatIsNotAnEventOfTheContractToTheDeadLetterTopic() {
		this.writer.sendRaw(Topics.RENEWAL_EVENTS, "EU-KX-JUNK", "{not json", Map.of());

		ConsumerRecord<String, byte[]> dead = this.deadLetters
			.awaitRecords((record) -> "EU-KX-JUNK".equals(record.key()), 1)
			.get(0);
		assertThat(header(dead, "kafka_dlt-exception-fqcn")).isEqualTo(EventRejectedException.class.getName());
		assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
	}

	@Test
	void ignoresTheRenewalsOtherSteps() {
		this.editing.create(activePackage("EU-KX-OTHER", EXPIRY, 1), "test");
		send(new eu.sanctions.events.renewal.RenewalStarted("EU-KX-OTHER:2027-02-28", "EU-KX-OTHER", EXPIRY, NEW_EXPIRY,
				"registry", "9e2f4a17-6b0c-4d8a-b3e5-71c2d0f8a6e4"));
		send(extension("EU-KX-OTHER", EXPIRY, NEW_EXPIRY));

		this.registryEvents.awaitEvent("EU-KX-OTHER", EventType.MEASURES_EXTENDED);
		assertThat(this.packages.history("EU-KX-OTHER")).hasSize(2);
	}

	private CloudEvent send(SanctionsEvent event) {
		return this.writer.send(Topics.RENEWAL_EVENTS, event, RENEWAL);
	}

	private List<ReceivedEvent> eventsOf(String key, EventType type) {
		return this.registryEvents.events(key).stream().filter((event) -> event.type() == type).toList();
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
