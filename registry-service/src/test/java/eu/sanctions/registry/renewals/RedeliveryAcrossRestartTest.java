package eu.sanctions.registry.renewals;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.events.testing.TopicWriter;
import eu.sanctions.registry.BrokerTestBase;
import eu.sanctions.registry.RegistryApplication;
import eu.sanctions.registry.TopicContents;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;

import static eu.sanctions.registry.TopicContents.header;
import static eu.sanctions.registry.register.PackageFixtures.activePackage;
import static eu.sanctions.registry.register.PackageFixtures.extension;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox outlives the service: a registry started again on the same database, whose
 * consumer replays the topic from its beginning (a new consumer group, or offsets lost),
 * applies nothing twice.
 */
class RedeliveryAcrossRestartTest extends BrokerTestBase {

	private static final URI RENEWAL = URI.create("urn:eu-sanctions:renewal-service");

	private static final String GROUP_AFTER_RESTART = "registry-service-after-restart";

	private final EventCodec codec = new EventCodec();

	@Autowired
	EditingPackages editing;

	@Autowired
	Packages packages;

	@Test
	void skipsAnEventItAppliedBeforeARestartWhenTheTopicIsReplayed() {
		LocalDate expiry = LocalDate.of(2027, 2, 28);
		this.editing.create(activePackage("EU-KX-AGAIN", expiry, 2), "test");
		CloudEvent adopted;
		try (TopicWriter writer = TopicWriter.of(this.bootstrapServers);
				TopicReader registryEvents = TopicReader.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)) {
			adopted = writer.send(Topics.RENEWAL_EVENTS, extension("EU-KX-AGAIN", expiry, LocalDate.of(2028, 2, 28)),
					RENEWAL);
			registryEvents.awaitEvent("EU-KX-AGAIN", EventType.MEASURES_EXTENDED);
		}
		ConsumerRecord<String, byte[]> onTheTopic = TopicContents.of(this.bootstrapServers, Topics.RENEWAL_EVENTS)
			.stream()
			.filter((record) -> adopted.getId().equals(header(record, "ce_id")))
			.findFirst()
			.orElseThrow();

		// Arguments, not default properties: they must win over application.yml and over
		// the system properties the test brokers set.
		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(RegistryApplication.class).run(
				"--spring.datasource.url=" + DATABASE, "--spring.kafka.bootstrap-servers=" + this.bootstrapServers,
				"--spring.kafka.consumer.group-id=" + GROUP_AFTER_RESTART, "--server.port=0",
				"--sanctions.clock.movable=true", "--sanctions.clock.start=2026-11-22T09:00:00+01:00")) {
			awaitConsumedPast(onTheTopic);
		}

		awaitOutboxRelayed();
		List<ReceivedEvent> published = TopicContents.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)
			.stream()
			.filter((record) -> "EU-KX-AGAIN".equals(record.key()))
			.map(this.codec::decode)
			.toList();
		assertThat(published).extracting(ReceivedEvent::type).containsExactly(EventType.MEASURES_EXTENDED);
		assertThat(TopicContents.of(this.bootstrapServers, Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS)))
			.noneMatch((record) -> adopted.getId().equals(header(record, "ce_id")));
		assertThat(this.packages.history("EU-KX-AGAIN")).hasSize(2);
	}

	/** Until the restarted service's consumer group has committed the record's offset. */
	private void awaitConsumedPast(ConsumerRecord<String, byte[]> record) {
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		try (AdminClient admin = AdminClient
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
				OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP_AFTER_RESTART)
					.partitionsToOffsetAndMetadata()
					.get()
					.get(partition);
				return committed != null && committed.offset() > record.offset();
			});
		}
	}

}
