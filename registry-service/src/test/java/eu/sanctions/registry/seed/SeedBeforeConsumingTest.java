package eu.sanctions.registry.seed;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.Topics;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.testing.KafkaTestBroker;
import eu.sanctions.events.testing.TopicWriter;
import eu.sanctions.registry.RegistryApplication;
import eu.sanctions.registry.register.SanctionsPackage;
import eu.sanctions.registry.revisions.Packages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registry's first start on a topic that already holds events of the packages it is
 * about to seed (the database lost, the stack rebuilt): the consumer reads them only once
 * the seed is in, so none is refused as an event of an unknown package.
 */
class SeedBeforeConsumingTest {

	@Test
	void appliesAnEventOfASeededPackageThatWasOnTheTopicBeforeTheFirstStart() {
		try (KafkaTestBroker broker = KafkaTestBroker.start();
				TopicWriter writer = TopicWriter.of(broker.bootstrapServers())) {
			CloudEvent adopted = writer.send(Topics.RENEWAL_EVENTS,
					new ExtensionAdopted("EU-BLR:2027-02-28", "EU-BLR", RenewalOutcome.EXTENDED,
							LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 28), "Council Decision (CFSP) 2027/400",
							LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21),
							List.of(), "a.staff"),
					URI.create("urn:eu-sanctions:renewal-service"));

			// Arguments, not default properties: they must win over application.yml and
			// over the system properties the test brokers set.
			try (ConfigurableApplicationContext registry = new SpringApplicationBuilder(RegistryApplication.class).run(
					"--spring.datasource.url=jdbc:h2:mem:registry-first-start-" + UUID.randomUUID()
							+ ";DB_CLOSE_DELAY=-1",
					"--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(), "--server.port=0",
					"--sanctions.clock.movable=true", "--sanctions.clock.start=2026-11-22T09:00:00+01:00")) {
				Packages packages = registry.getBean(Packages.class);
				JdbcTemplate jdbc = registry.getBean(JdbcTemplate.class);
				Awaitility.await()
					.atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(100))
					.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_inbox WHERE event_id = ?",
							Integer.class, adopted.getId()) == 1);

				SanctionsPackage belarus = packages.find("EU-BLR").orElseThrow();
				assertThat(belarus.revision()).isEqualTo(4);
				assertThat(belarus.state().expiry()).isEqualTo(LocalDate.of(2028, 2, 28));
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refused_event", Integer.class)).isZero();
			}
		}
	}

}
