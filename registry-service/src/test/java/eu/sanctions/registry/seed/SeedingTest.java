package eu.sanctions.registry.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.EventType;
import eu.sanctions.events.Topics;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.registry.RenewalDue;
import eu.sanctions.events.testing.TopicReader;
import eu.sanctions.registry.BrokerTestBase;
import eu.sanctions.registry.JsonBodies;
import eu.sanctions.registry.TopicContents;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.sanctionsmap.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh registry, as the first start seeds it. */
class SeedingTest extends BrokerTestBase {

	@Autowired
	FirstStartSeed seed;

	@Autowired
	Packages packages;

	@Test
	void makesAPackageOfEveryRegimeOfTheSnapshot() {
		Set<Integer> regimes = StreamSupport.stream(Snapshots.realSnapshot().path("data").spliterator(), false)
			.map((regime) -> regime.path("id").asInt())
			.collect(Collectors.toSet());

		JsonNode list = as("integrator").getForObject("/api/packages", JsonNode.class);

		assertThat(regimes).hasSize(48);
		assertThat(StreamSupport.stream(list.spliterator(), false)
			.map((item) -> item.path("sanctionsMapId").asInt())
			.filter(regimes::contains)).hasSize(48);
	}

	@Test
	void bringsBelarusToItsExtensionOfFebruary2026WithPlaceholderListings() {
		JsonNode belarus = as("integrator").getForObject("/api/packages/EU-BLR", JsonNode.class);

		assertThat(belarus.path("revision").asLong()).isEqualTo(3);
		assertThat(belarus.path("status").asText()).isEqualTo("ACTIVE");
		assertThat(belarus.path("sanctionsMapId").asInt()).isEqualTo(2);
		assertThat(belarus.path("expiry").asText()).isEqualTo("2027-02-28");
		assertThat(belarus.path("reviewOpensOn").asText()).isEqualTo("2026-10-31");
		assertThat(belarus.path("renewalCycleMonths").asInt()).isEqualTo(12);
		assertThat(belarus.path("reviewWindowDays").asInt()).isEqualTo(120);
		assertThat(belarus.path("adoptionDate").asText()).isEqualTo("2004-09-24");
		assertThat(belarus.findValuesAsText("celex")).containsExactly("32012D0642", "32006R0765");
		assertThat(belarus.path("listingCount").asInt()).isEqualTo(369);
		Map<String, Long> bySubject = StreamSupport.stream(belarus.path("listings").spliterator(), false)
			.collect(Collectors.groupingBy((listing) -> listing.path("subjectType").asText(), Collectors.counting()));
		assertThat(bySubject).containsEntry("PERSON", 312L).containsEntry("ENTITY", 57L);
		assertThat(belarus.path("listings").get(0).path("names").get(0).asText())
			.isEqualTo("Placeholder person 001 (not a real listing)");
		assertThat(belarus.path("listings").get(0).path("euReferenceNumber").asText()).isEqualTo("EU.BLR.P001");
	}

	@Test
	void recordsTheExtensionAsARevisionThatSaysWhatTheDataLack() {
		JsonNode revisions = as("desk-LT").getForObject("/api/packages/EU-BLR/revisions", JsonNode.class);

		assertThat(revisions).hasSize(3);
		assertThat(revisions.get(0).path("effectiveDate").asText()).isEqualTo("2023-02-24");
		assertThat(revisions.get(0).path("cause").asText()).contains("Sanctions Map snapshot of 2023-07-04");
		assertThat(revisions.get(1).path("cause").asText()).contains("placeholder listings");
		JsonNode extension = revisions.get(2);
		assertThat(extension.path("effectiveDate").asText()).isEqualTo("2026-02-26");
		assertThat(extension.path("summary").asText())
			.isEqualTo("Extended from 2024-02-28 to 2027-02-28 by Council extension of 26 February 2026 (seed) "
					+ "adopted on 2026-02-26");
		assertThat(extension.path("cause").asText()).contains("not in the reference data");
		assertThat(extension.path("changes").get(0).path("field").asText()).isEqualTo("expiry");
		assertThat(extension.path("changes").get(0).path("before").asText()).isEqualTo("2024-02-28");
		assertThat(extension.path("changes").get(0).path("after").asText()).isEqualTo("2027-02-28");
	}

	@Test
	void answersWithTheStateInForceOnADateAcrossTheExtension() {
		JsonNode before = as("integrator").getForObject("/api/packages/EU-BLR?asOf=2025-06-01", JsonNode.class);
		JsonNode after = as("integrator").getForObject("/api/packages/EU-BLR?asOf=2026-06-01", JsonNode.class);
		ResponseEntity<JsonNode> tooEarly = as("integrator").getForEntity("/api/packages/EU-BLR?asOf=2020-01-01",
				JsonNode.class);

		assertThat(before.path("revision").asLong()).isEqualTo(1);
		assertThat(before.path("expiry").asText()).isEqualTo("2024-02-28");
		assertThat(before.path("listingCount").asInt()).isZero();
		assertThat(before.path("inForceOn").asText()).isEqualTo("2025-06-01");
		assertThat(after.path("revision").asLong()).isEqualTo(3);
		assertThat(after.path("expiry").asText()).isEqualTo("2027-02-28");
		assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void seedsOnlyOnce() {
		int count = this.packages.count();

		this.seed.seed();

		assertThat(this.packages.count()).isEqualTo(count);
		assertThat(this.packages.find("EU-BLR").orElseThrow().revision()).isEqualTo(3);
	}

	@Test
	void changesNothingWhenTheSameSnapshotIsImportedAgain() {
		ResponseEntity<JsonNode> response = as("staff").postForEntity("/api/imports/sanctionsmap",
				JsonBodies.json(Snapshots.realSnapshot()), JsonNode.class);

		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		JsonNode report = response.getBody();

		assertThat(report.path("regimes").asInt()).isEqualTo(48);
		assertThat(report.path("created")).isEmpty();
		assertThat(report.path("revised")).isEmpty();
		assertThat(report.path("unchanged").asInt()).isEqualTo(48);
	}

	@Test
	void announcesBelarusAloneAsDueAtStartUp() {
		Set<String> seeded = seededPackages().stream()
			.map((item) -> item.path("key").asText())
			.collect(Collectors.toSet());
		try (TopicReader events = TopicReader.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)) {
			ReceivedEvent due = events.awaitEvent("EU-BLR", EventType.RENEWAL_DUE);

			RenewalDue renewalDue = due.data(RenewalDue.class);
			assertThat(renewalDue.expiry()).isEqualTo(LocalDate.of(2027, 2, 28));
			assertThat(renewalDue.proposedNewExpiry()).isEqualTo(LocalDate.of(2028, 2, 28));
			assertThat(renewalDue.listingCount()).isEqualTo(369);
			assertThat(renewalDue.reviewWindowDays()).isEqualTo(120);
			assertThat(renewalDue.sanctionsMapId()).isEqualTo(2);
			assertThat(due.sequence()).isNotNull();
		}
		awaitOutboxRelayed();
		List<String> dueSeeded = TopicContents.of(this.bootstrapServers, Topics.REGISTRY_EVENTS)
			.stream()
			.filter((record) -> seeded.contains(record.key()))
			.filter((record) -> EventType.RENEWAL_DUE.type().equals(TopicContents.header(record, "ce_type")))
			.map((record) -> record.key())
			.toList();
		assertThat(dueSeeded).containsExactly("EU-BLR");
		assertThat(this.jdbc.queryForList("SELECT package_key FROM renewal_due_notice", String.class))
			.filteredOn(seeded::contains)
			.containsExactly("EU-BLR");
	}

	@Test
	void seedsTheTwentyFiveRegimesWithAnExpiryWithTheirExpiry() {
		List<JsonNode> seeded = seededPackages();

		assertThat(seeded).hasSize(48);
		assertThat(seeded).filteredOn((item) -> item.hasNonNull("expiry")).hasSize(25);
	}

	@Test
	void listsTheActivePackagesWhoseExpiryHasPassedAsStale() {
		JsonNode stale = as("integrator").getForObject("/api/packages?expiredUnrenewed=true", JsonNode.class);

		List<String> keys = StreamSupport.stream(stale.spliterator(), false)
			.map((item) -> item.path("key").asText())
			.toList();
		assertThat(keys).hasSizeGreaterThanOrEqualTo(24).contains("EU-SYR", "EU-MAP-26").doesNotContain("EU-BLR");
	}

	/**
	 * The packages the seed made, one per regime of the snapshot, as the API lists them.
	 */
	private List<JsonNode> seededPackages() {
		Set<Integer> regimes = StreamSupport.stream(Snapshots.realSnapshot().path("data").spliterator(), false)
			.map((regime) -> regime.path("id").asInt())
			.collect(Collectors.toSet());
		return StreamSupport.stream(as("integrator").getForObject("/api/packages", JsonNode.class).spliterator(), false)
			.filter((item) -> item.hasNonNull("sanctionsMapId")
					&& regimes.contains(item.path("sanctionsMapId").asInt()))
			.toList();
	}

}
