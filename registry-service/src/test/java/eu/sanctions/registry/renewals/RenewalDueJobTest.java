package eu.sanctions.registry.renewals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.registry.RenewalDue;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.registry.BrokerTestBase;
import eu.sanctions.registry.register.Cause;
import eu.sanctions.registry.register.SanctionsPackage;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.revisions.Revising;

import static eu.sanctions.registry.register.PackageFixtures.activePackage;
import static eu.sanctions.registry.register.PackageFixtures.extension;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalDueJobTest extends BrokerTestBase {

	@Autowired
	RenewalDueJob job;

	@Autowired
	EditingPackages editing;

	@Autowired
	Packages packages;

	@Autowired
	Revising revising;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void announcesARenewalOncePerExpiry() {
		this.editing.create(activePackage("EU-DUE-ONCE", LocalDate.of(2027, 1, 15), 4), "test");

		List<String> first = this.job.announceDueRenewals();
		List<String> second = this.job.announceDueRenewals();

		assertThat(first).contains("EU-DUE-ONCE:2027-01-15");
		assertThat(second).doesNotContain("EU-DUE-ONCE:2027-01-15");
		try (TopicReader events = TopicReader.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)) {
			RenewalDue due = events.awaitEvent("EU-DUE-ONCE", EventType.RENEWAL_DUE).data(RenewalDue.class);
			assertThat(due.expiry()).isEqualTo(LocalDate.of(2027, 1, 15));
			assertThat(due.proposedNewExpiry()).isEqualTo(LocalDate.of(2028, 1, 15));
			assertThat(due.listingCount()).isEqualTo(4);
			assertThat(dueEvents(events, "EU-DUE-ONCE")).hasSize(1);
		}
	}

	@Test
	void announcesTheNextExpiryOnceItsWindowOpens() {
		this.editing.create(activePackage("EU-DUE-NEXT", LocalDate.of(2027, 2, 28), 1), "test");
		assertThat(this.job.announceDueRenewals()).contains("EU-DUE-NEXT:2027-02-28");
		extend("EU-DUE-NEXT", LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 28));

		this.clock.setDate(LocalDate.of(2027, 10, 30));
		List<String> beforeTheWindow = this.job.announceDueRenewals();
		this.clock.setDate(LocalDate.of(2027, 10, 31));
		List<String> inTheWindow = this.job.announceDueRenewals();
		List<String> again = this.job.announceDueRenewals();

		assertThat(beforeTheWindow).noneMatch((renewal) -> renewal.startsWith("EU-DUE-NEXT"));
		assertThat(inTheWindow).contains("EU-DUE-NEXT:2028-02-28");
		assertThat(again).noneMatch((renewal) -> renewal.startsWith("EU-DUE-NEXT"));
		try (TopicReader events = TopicReader.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)) {
			events.awaitRecords("EU-DUE-NEXT", 2);
			assertThat(dueEvents(events, "EU-DUE-NEXT")).extracting((event) -> event.data(RenewalDue.class).expiry())
				.containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 28));
		}
	}

	@Test
	void announcesNeitherAPackageNotYetDueNorOneWhoseExpiryHasPassed() {
		this.editing.create(activePackage("EU-DUE-LATER", LocalDate.of(2027, 6, 30), 1), "test");
		this.editing.create(activePackage("EU-DUE-PAST", LocalDate.of(2026, 11, 21), 1), "test");

		List<String> announced = this.job.announceDueRenewals();

		assertThat(announced).noneMatch((renewal) -> renewal.startsWith("EU-DUE-LATER"))
			.noneMatch((renewal) -> renewal.startsWith("EU-DUE-PAST"));
	}

	private void extend(String key, LocalDate from, LocalDate to) {
		this.transactions.executeWithoutResult((status) -> {
			SanctionsPackage current = this.packages.find(key).orElseThrow();
			this.revising.record(current,
					current.extend(extension(key, from, to), Cause.of("test"), this.clock.instant()).revision());
		});
	}

	private static List<ReceivedEvent> dueEvents(TopicReader events, String key) {
		return events.events(key).stream().filter((event) -> event.type() == EventType.RENEWAL_DUE).toList();
	}

}
