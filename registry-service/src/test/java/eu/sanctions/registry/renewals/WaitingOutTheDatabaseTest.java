package eu.sanctions.registry.renewals;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.events.testing.TopicWriter;
import eu.sanctions.registry.BrokerTestBase;
import eu.sanctions.registry.TopicContents;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;

import static eu.sanctions.registry.TopicContents.header;
import static eu.sanctions.registry.register.PackageFixtures.activePackage;
import static eu.sanctions.registry.register.PackageFixtures.extension;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A valid event that cannot be applied while the database refuses is tried again until it
 * can be, however long that takes, and never set aside on the dead-letter topic.
 */
class WaitingOutTheDatabaseTest extends BrokerTestBase {

	private static final URI RENEWAL = URI.create("urn:eu-sanctions:renewal-service");

	private static final LocalDate EXPIRY = LocalDate.of(2027, 2, 28);

	private static final LocalDate NEW_EXPIRY = LocalDate.of(2028, 2, 28);

	@Autowired
	EditingPackages editing;

	@Autowired
	Packages packages;

	@Autowired
	DataSource dataSource;

	@Autowired
	MeterRegistry meters;

	@Test
	void waitsOutADatabaseThatRefusesForLongerThanItUsedToAndAppliesTheEventOnceItIsBack() throws Exception {
		this.editing.create(activePackage("EU-KX-WAIT", EXPIRY, 1), "test");
		double failedBefore = passingFailures();
		CloudEvent adopted;
		try (Connection otherNode = this.dataSource.getConnection();
				TopicWriter writer = TopicWriter.of(this.bootstrapServers)) {
			otherNode.setAutoCommit(false);
			// The package's row locked elsewhere: every try to revise it times out.
			try (PreparedStatement lock = otherNode
				.prepareStatement("SELECT revision FROM sanctions_package WHERE package_key = ? FOR UPDATE")) {
				lock.setString(1, "EU-KX-WAIT");
				lock.executeQuery().close();
			}
			adopted = writer.send(Topics.RENEWAL_EVENTS, extension("EU-KX-WAIT", EXPIRY, NEW_EXPIRY), RENEWAL);

			// More tries than the old policy made (five in about three seconds of waits)
			// before it set the event aside.
			Awaitility.await()
				.atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> passingFailures() - failedBefore >= 7);
			otherNode.rollback();
		}

		try (TopicReader registryEvents = TopicReader.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)) {
			MeasuresExtended extended = registryEvents.awaitEvent("EU-KX-WAIT", EventType.MEASURES_EXTENDED)
				.data(MeasuresExtended.class);
			assertThat(extended.causationEventId()).isEqualTo(adopted.getId());
		}
		assertThat(this.packages.find("EU-KX-WAIT").orElseThrow().state().expiry()).isEqualTo(NEW_EXPIRY);
		assertThat(TopicContents.of(this.bootstrapServers, Topics.deadLetterTopicOf(Topics.RENEWAL_EVENTS)))
			.noneMatch((record) -> adopted.getId().equals(header(record, "ce_id")));
	}

	private double passingFailures() {
		Counter counter = this.meters.find("sanctions.kafka.consumer.failures")
			.tags("topic", Topics.RENEWAL_EVENTS, "kind", "passing")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

}
