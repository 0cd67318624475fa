package eu.sanctions.registry.renewals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.events.EventType;
import eu.sanctions.events.ListingAction;
import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.SubjectType;
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
import eu.sanctions.registry.TopicContents;
import eu.sanctions.registry.messaging.EventRefusedException;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.revisions.RevisionsTakingEffect;

import static eu.sanctions.registry.TopicContents.header;
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

	@Autowired
	RevisionsTakingEffect takingEffect;

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
		awaitRevisions("EU-KX-ONCE", 3);
		awaitOutboxRelayed();

		List<ReceivedEvent> published = everythingPublishedOn("EU-KX-ONCE");
		List<ReceivedEvent> extended = ofType(published, EventType.MEASURES_EXTENDED);
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
		assertThat(ofType(published, EventType.REGISTRY_UPDATE_REJECTED))
			.as("the redelivery is skipped, not refused as a stale extension")
			.isEmpty();
		assertThat(deadLettersOf(adopted)).isEmpty();
		assertThat(this.packages.history("EU-KX-ONCE")).hasSize(3);
	}

	@Test
	void publishesThePackagesFullStateAfterEveryRevision() {
		this.editing.create(activePackage("EU-KX-STATE", EXPIRY, 1), "test");
		// The day the extension enters into force (the fixture's act), so that it is in
		// force when it is applied.
		this.clock.setDate(EXPIRY.minusDays(5));

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

		// Staff accept the lapse in November; the measures stay in force until the
		// expiry.
		CloudEvent lapsed = send(new RenewalLapsed("EU-KX-LAPSE:2027-02-28", "EU-KX-LAPSE", EXPIRY, EXPIRY.plusDays(1),
				RenewalLapsed.Reason.LAPSE_ACCEPTED, List.of(), "No unanimity."));
		awaitRevisions("EU-KX-LAPSE", 2);

		JsonNode beforeTheExpiry = as("integrator").getForObject("/api/packages/EU-KX-LAPSE", JsonNode.class);
		assertThat(beforeTheExpiry.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(beforeTheExpiry.path("revision").asLong()).isEqualTo(1);
		assertThat(beforeTheExpiry.path("upcoming").get(0).path("effectiveDate").asText()).isEqualTo("2027-03-01");
		assertThat(keysListed("ACTIVE")).contains("EU-KX-LAPSE");
		assertThat(keysListed("LAPSED")).doesNotContain("EU-KX-LAPSE");
		this.clock.setDate(EXPIRY);
		assertThat(this.takingEffect.announceRevisionsTakingEffect()).doesNotContain("EU-KX-LAPSE:2");
		assertThat(as("integrator").getForObject("/api/packages/EU-KX-LAPSE", JsonNode.class).path("status").asText())
			.isEqualTo("ACTIVE");
		awaitOutboxRelayed();
		assertThat(statesPublishedOf("EU-KX-LAPSE")).extracting(PackageRevised::status)
			.containsExactly(PackageStatus.ACTIVE);
		assertThat(ofType(everythingPublishedOn("EU-KX-LAPSE"), EventType.MEASURES_LAPSED)).isEmpty();

		this.clock.setDate(EXPIRY.plusDays(1));
		JsonNode theDayAfter = as("integrator").getForObject("/api/packages/EU-KX-LAPSE", JsonNode.class);
		assertThat(theDayAfter.path("status").asText()).isEqualTo("LAPSED");
		assertThat(theDayAfter.path("lapsedOn").asText()).isEqualTo("2027-03-01");
		assertThat(theDayAfter.path("upcoming")).isEmpty();
		assertThat(keysListed("LAPSED")).contains("EU-KX-LAPSE");
		assertThat(keysListed("ACTIVE")).doesNotContain("EU-KX-LAPSE");
		assertThat(this.takingEffect.announceRevisionsTakingEffect()).contains("EU-KX-LAPSE:2");
		assertThat(this.takingEffect.announceRevisionsTakingEffect()).doesNotContain("EU-KX-LAPSE:2");

		awaitOutboxRelayed();
		List<PackageRevised> states = statesPublishedOf("EU-KX-LAPSE");
		assertThat(states).extracting(PackageRevised::status)
			.containsExactly(PackageStatus.ACTIVE, PackageStatus.LAPSED);
		assertThat(states.get(1).lapsedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		List<ReceivedEvent> measuresLapsed = ofType(everythingPublishedOn("EU-KX-LAPSE"), EventType.MEASURES_LAPSED);
		assertThat(measuresLapsed).singleElement().satisfies((event) -> {
			MeasuresLapsed data = event.data(MeasuresLapsed.class);
			assertThat(data.causationEventId()).isEqualTo(lapsed.getId());
			assertThat(data.renewalId()).isEqualTo("EU-KX-LAPSE:2027-02-28");
			assertThat(data.lapsedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
			assertThat(data.listingCount()).isEqualTo(2);
		});
		assertThat(this.packages.inForceOn("EU-KX-LAPSE", EXPIRY).orElseThrow().state().status())
			.isEqualTo(PackageStatus.ACTIVE);
	}

	@Test
	void lapsesAtOnceAPackageWhoseExpiryHasPassed() {
		this.editing.create(activePackage("EU-KX-PAST", EXPIRY, 1), "test");
		this.clock.setDate(EXPIRY.plusDays(1));

		send(new RenewalLapsed("EU-KX-PAST:2027-02-28", "EU-KX-PAST", EXPIRY, EXPIRY.plusDays(1),
				RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION, List.of(), null));

		assertThat(this.registryEvents.awaitEvent("EU-KX-PAST", EventType.MEASURES_LAPSED)
			.data(MeasuresLapsed.class)
			.lapsedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(as("integrator").getForObject("/api/packages/EU-KX-PAST", JsonNode.class).path("status").asText())
			.isEqualTo("LAPSED");
	}

	@Test
	void refusesAStaleExtensionToTheDeadLetterTopicAndTellsTheRenewalOnce() {
		this.editing.create(activePackage("EU-KX-STALE", EXPIRY, 1), "test");
		CloudEvent stale = this.codec.envelope(extension("EU-KX-STALE", LocalDate.of(2026, 2, 28), EXPIRY), RENEWAL);

		this.writer.send(Topics.RENEWAL_EVENTS, stale);
		this.writer.send(Topics.RENEWAL_EVENTS, stale);
		send(new RenewalLapsed("EU-KX-STALE:2027-02-28", "EU-KX-STALE", EXPIRY, EXPIRY.plusDays(1),
				RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION, List.of(), null));
		awaitRevisions("EU-KX-STALE", 2);
		awaitOutboxRelayed();

		List<ConsumerRecord<String, byte[]>> dead = this.deadLetters
			.awaitRecords((record) -> stale.getId().equals(header(record, "ce_id")), 2);
		assertThat(dead).hasSize(2).allSatisfy((record) -> {
			assertThat(header(record, EventRefusedException.REASON_HEADER)).isEqualTo("EXPIRY_MISMATCH");
			assertThat(header(record, "kafka_dlt-exception-message")).contains("EXPIRY_MISMATCH")
				.contains("2027-02-28");
			assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.RENEWAL_EVENTS);
		});
		List<ReceivedEvent> rejections = ofType(everythingPublishedOn("EU-KX-STALE"),
				EventType.REGISTRY_UPDATE_REJECTED);
		assertThat(rejections).hasSize(1);
		RegistryUpdateRejected rejected = rejections.get(0).data(RegistryUpdateRejected.class);
		assertThat(rejected.reason()).isEqualTo(RegistryUpdateRejected.Reason.EXPIRY_MISMATCH);
		assertThat(rejected.rejectedEventId()).isEqualTo(stale.getId());
		assertThat(rejected.rejectedEventType()).isEqualTo(EventType.EXTENSION_ADOPTED.type());
		assertThat(rejected.renewalId()).isEqualTo("EU-KX-STALE:2026-02-28");
		assertThat(rejected.registryExpiry()).isEqualTo(EXPIRY);
		assertThat(rejected.eventPreviousExpiry()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(ofType(everythingPublishedOn("EU-KX-STALE"), EventType.MEASURES_EXTENDED)).isEmpty();
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
	void acknowledgesUndecodedAnEventOfATypeItDoesNotApplyAndGoesOn() {
		this.editing.create(activePackage("EU-KX-SKIP", EXPIRY, 1), "test");
		// A position-recorded whose data breaks its schema: decoded, it would be
		// dead-lettered; its header says it is none of the registry's business.
		this.writer.sendRaw(Topics.RENEWAL_EVENTS, "EU-KX-SKIP", "{\"renewalId\": 42}",
				cloudEventHeaders(EventType.POSITION_RECORDED.type()));
		// Same key, same partition: once this one is applied, the one before was read.
		CloudEvent adopted = send(extension("EU-KX-SKIP", EXPIRY, NEW_EXPIRY));

		assertThat(this.registryEvents.awaitEvent("EU-KX-SKIP", EventType.MEASURES_EXTENDED)
			.data(MeasuresExtended.class)
			.causationEventId()).isEqualTo(adopted.getId());
		assertThat(this.packages.history("EU-KX-SKIP")).hasSize(2);
		assertThat(TopicContents.of(this.bootstrapServers, Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS)))
			.noneMatch((record) -> "EU-KX-SKIP".equals(record.key()));
	}

	@Test
	void decodesWhatItCannotSkipByItsHeaderAndDeadLettersItWithTheReason() {
		String noHeaders = "EU-KX-BARE";
		String unknown = "EU-KX-RUMOUR";
		String applied = "EU-KX-BROKEN";
		this.writer.sendRaw(Topics.RENEWAL_EVENTS, noHeaders, "{\"renewalId\": 42}", Map.of());
		this.writer.sendRaw(Topics.RENEWAL_EVENTS, unknown, "{}", cloudEventHeaders("eu.sanctions.renewal.rumour.v1"));
		this.writer.sendRaw(Topics.RENEWAL_EVENTS, applied, "{\"renewalId\": 42}",
				cloudEventHeaders(EventType.EXTENSION_ADOPTED.type()));

		List<ConsumerRecord<String, byte[]>> dead = this.deadLetters
			.awaitRecords((record) -> List.of(noHeaders, unknown, applied).contains(record.key()), 3);
		assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(noHeaders, unknown, applied);
		assertThat(dead).allSatisfy((record) -> {
			assertThat(header(record, "kafka_dlt-exception-fqcn")).isEqualTo(EventRejectedException.class.getName());
			assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.RENEWAL_EVENTS);
		});
		assertThat(dead).filteredOn((record) -> record.key().equals(noHeaders))
			.singleElement()
			.satisfies(
					(record) -> assertThat(header(record, "kafka_dlt-exception-message")).contains("Not a CloudEvent"));
		assertThat(dead).filteredOn((record) -> record.key().equals(unknown))
			.singleElement()
			.satisfies((record) -> assertThat(header(record, "kafka_dlt-exception-message"))
				.contains("Unknown event type eu.sanctions.renewal.rumour.v1"));
		assertThat(dead).filteredOn((record) -> record.key().equals(applied))
			.singleElement()
			.satisfies((record) -> assertThat(header(record, "kafka_dlt-exception-message"))
				.contains(EventType.EXTENSION_ADOPTED.type() + " does not match its schema"));
	}

	@Test
	void recordsEachListingARenewalAddsAsThePersonOrEntityItNames() {
		this.editing.create(activePackage("EU-KX-KIND", EXPIRY, 1), "test");

		send(extension("EU-KX-KIND", EXPIRY, NEW_EXPIRY,
				new ListingAmendment(ListingAction.ADD, "EU.KX.KIND.E", "Kind Trading LLC", "Listed by the Council",
						SubjectType.ENTITY),
				new ListingAmendment(ListingAction.ADD, "EU.KX.KIND.P", "Ivan Kind", "Listed by the Council",
						SubjectType.PERSON),
				new ListingAmendment(ListingAction.ADD, "EU.KX.KIND.U", "Unnamed Kind", "Listed by the Council")));

		this.registryEvents.awaitEvent("EU-KX-KIND", EventType.MEASURES_EXTENDED);
		JsonNode listings = as("integrator").getForObject("/api/packages/EU-KX-KIND?asOf=" + EXPIRY, JsonNode.class)
			.path("listings");
		Map<String, String> kinds = new java.util.HashMap<>();
		listings.forEach((listing) -> kinds.put(listing.path("euReferenceNumber").asText(),
				listing.path("subjectType").asText()));
		assertThat(kinds).containsEntry("EU.KX.KIND.E", "ENTITY")
			.containsEntry("EU.KX.KIND.P", "PERSON")
			.containsEntry("EU.KX.KIND.U", "PERSON");
		assertThat(this.packages.searchListings("Kind Trading", 5)).singleElement()
			.satisfies((match) -> assertThat(match.subjectType()).isEqualTo(SubjectType.ENTITY));
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

	private void awaitRevisions(String key, int count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.packages.history(key).size() >= count);
	}

	/** Everything on the registry's events topic about the package, read to its end. */
	private List<ReceivedEvent> everythingPublishedOn(String key) {
		return TopicContents.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)
			.stream()
			.filter((record) -> key.equals(record.key()))
			.map(this.codec::decode)
			.toList();
	}

	/** The package's states on the compacted topic, read to its end. */
	private List<PackageRevised> statesPublishedOf(String key) {
		return TopicContents.of(this.bootstrapServers, Topics.REGISTRY_PACKAGES)
			.stream()
			.filter((record) -> key.equals(record.key()))
			.map((record) -> this.codec.decode(record).data(PackageRevised.class))
			.toList();
	}

	private List<ConsumerRecord<String, byte[]>> deadLettersOf(CloudEvent event) {
		return TopicContents.of(this.bootstrapServers, Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS))
			.stream()
			.filter((record) -> event.getId().equals(header(record, "ce_id")))
			.toList();
	}

	/** The CloudEvents headers of a record in binary mode, of whatever type. */
	private static Map<String, String> cloudEventHeaders(String type) {
		return Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", RENEWAL.toString(),
				"ce_type", type, "content-type", "application/json");
	}

	private List<String> keysListed(String status) {
		return as("integrator").getForObject("/api/packages?status=" + status, JsonNode.class).findValuesAsText("key");
	}

	private static List<ReceivedEvent> ofType(List<ReceivedEvent> events, EventType type) {
		return events.stream().filter((event) -> event.type() == type).toList();
	}

}
