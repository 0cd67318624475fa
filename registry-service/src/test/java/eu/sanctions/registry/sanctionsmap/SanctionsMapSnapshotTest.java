package eu.sanctions.registry.sanctionsmap;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.LegalActKind;
import eu.sanctions.events.MeasureCategory;
import eu.sanctions.events.cloudevents.EventJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SanctionsMapSnapshotTest {

	private final List<Regime> regimes = SanctionsMapSnapshot.read(Snapshots.realSnapshot());

	@Test
	void readsTheFortyEightRegimesOfTheRealSnapshotOfWhichTwentyFiveExpire() {
		assertThat(this.regimes).hasSize(48);
		assertThat(this.regimes).filteredOn((regime) -> regime.expiry() != null).hasSize(25);
	}

	@Test
	void readsBelarusAsRegimeTwoWithBothFrameworkActs() {
		Regime belarus = this.regimes.stream().filter((regime) -> regime.id() == 2).findFirst().orElseThrow();

		assertThat(belarus.programmes()).containsExactly("BLR");
		assertThat(belarus.issuer()).isEqualTo("EU");
		assertThat(belarus.expiry()).isEqualTo(LocalDate.of(2024, 2, 28));
		assertThat(belarus.amendedOn()).isEqualTo(LocalDate.of(2023, 2, 24));
		assertThat(belarus.legalActs()).extracting(LegalAct::kind, LegalAct::celex)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LegalActKind.DECISION, "32012D0642"),
					org.assertj.core.groups.Tuple.tuple(LegalActKind.REGULATION, "32006R0765"));
		assertThat(belarus.legalActs().get(0).title())
			.isEqualTo("Council Decision 2012/642/CFSP concerning restrictive measures in view of the situation in "
					+ "Belarus");
		assertThat(belarus.legalActs().get(0).url()).startsWith("https://eur-lex.europa.eu/");
		assertThat(belarus.measures()).hasSize(27)
			.allSatisfy((measure) -> assertThat(measure.legalReference())
				.isEqualTo("Decision 2012/642/CFSP; Regulation (EC) No 765/2006"));
		assertThat(belarus.measures()).extracting((measure) -> measure.category())
			.contains(MeasureCategory.ASSET_FREEZE, MeasureCategory.TRAVEL_BAN, MeasureCategory.ARMS_EMBARGO,
					MeasureCategory.DUAL_USE_EXPORT_RESTRICTION, MeasureCategory.OTHER_EXPORT_RESTRICTION,
					MeasureCategory.IMPORT_RESTRICTION, MeasureCategory.FINANCIAL_RESTRICTION,
					MeasureCategory.AVIATION_BAN, MeasureCategory.ROAD_TRANSPORT_BAN);
	}

	@Test
	void readsExpiriesAsBrusselsDates() {
		// 1697407200 is 2023-10-16 00:00 in Brussels (summer time), 2023-10-15 22:00 UTC
		Regime chemical = this.regimes.stream().filter((regime) -> regime.id() == 46).findFirst().orElseThrow();

		assertThat(chemical.expiry()).isEqualTo(LocalDate.of(2023, 10, 16));
	}

	@Test
	void keepsAMeasureWithoutDescriptionByItsTypeTitle() {
		assertThat(this.regimes).flatExtracting(Regime::measures)
			.allSatisfy((measure) -> assertThat(measure.description()).isNotBlank());
	}

	@Test
	void refusesAMalformedFileWholeWithEveryProblem() {
		ObjectNode snapshot = Snapshots.realSnapshot().deepCopy();
		ArrayNode data = (ArrayNode) snapshot.get("data");
		((ObjectNode) data.get(0)).put("expiration", "tomorrow");
		((ObjectNode) data.get(1)).remove("specification");
		((ObjectNode) data.get(2)).putArray("programme").add("blr");
		data.add(data.get(3).deepCopy());

		assertThatExceptionOfType(InvalidSnapshot.class).isThrownBy(() -> SanctionsMapSnapshot.read(snapshot))
			.extracting(InvalidSnapshot::errors)
			.satisfies((errors) -> assertThat(errors).containsExactly(
					"/data/0/expiration: must be epoch seconds or null, not \"tomorrow\"",
					"/data/1/specification: is required",
					"/data/2/programme/0: must be a programme code (^[A-Z]{2,10}$), not \"blr\"",
					"/data/48/id: regime " + data.get(3).get("id").asInt() + " appears twice"));
	}

	@Test
	void refusesAFileThatIsNotASnapshot() {
		assertThatExceptionOfType(InvalidSnapshot.class)
			.isThrownBy(() -> SanctionsMapSnapshot.read(EventJson.mapper().createObjectNode().put("regimes", 1)))
			.extracting(InvalidSnapshot::errors)
			.satisfies((errors) -> assertThat(errors).containsExactly("/data: must be the array of regimes"));
	}

	@Test
	void namesTheActItselfByTheCelexOfItsConsolidatedVersion() {
		assertThat(SanctionsMapSnapshot
			.celexOf("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A02006R0765-20230228"))
			.isEqualTo("32006R0765");
		assertThat(SanctionsMapSnapshot.celexOf("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31992R3541"))
			.isEqualTo("31992R3541");
		assertThat(SanctionsMapSnapshot.celexOf("https://undocs.org/S/RES/1988(2011)")).isNull();
	}

}
