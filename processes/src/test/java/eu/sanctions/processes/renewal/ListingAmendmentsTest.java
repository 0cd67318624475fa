package eu.sanctions.processes.renewal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.sanctions.events.ListingAction;
import eu.sanctions.events.ListingAmendment;

import static org.assertj.core.api.Assertions.assertThat;

class ListingAmendmentsTest {

	@Test
	void readsOneAmendmentPerLine() {
		ListingAmendments.Parsed parsed = ListingAmendments.parse("""
				REMOVE EU.4321.12 | Aliaksandr Zaitsau | deceased

				ADD EU.9876.54 |  | supplies drones to the army
				""");

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.amendments()).containsExactly(
				new ListingAmendment(ListingAction.REMOVE, "EU.4321.12", "Aliaksandr Zaitsau", "deceased"),
				new ListingAmendment(ListingAction.ADD, "EU.9876.54", null, "supplies drones to the army"));
	}

	@Test
	void writesWhatItReads() {
		List<ListingAmendment> amendments = List.of(
				new ListingAmendment(ListingAction.REMOVE, "EU.4321.12", "Aliaksandr Zaitsau", "deceased"),
				new ListingAmendment(ListingAction.ADD, "EU.9876.54", null, "supplies drones"));

		assertThat(ListingAmendments.parse(ListingAmendments.format(amendments)).amendments()).isEqualTo(amendments);
	}

	@ParameterizedTest(name = "\"{0}\": {1}")
	@CsvSource(delimiter = ';', textBlock = """
			REMOVE EU.4321.12 | Aliaksandr Zaitsau; must read ACTION REFERENCE | NAME | REASON
			REMOVE | Aliaksandr Zaitsau | deceased; must read ACTION REFERENCE | NAME | REASON
			DELIST EU.4321.12 | Aliaksandr Zaitsau | deceased; must start with REMOVE or ADD.
			REMOVE EU.4321.12 | Aliaksandr Zaitsau | ; needs a reason.
			""")
	void saysWhichLineIsWrongAndWhy(String line, String problem) {
		assertThat(ListingAmendments.parse(line).problems()).singleElement()
			.asString()
			.startsWith("Amendment line 1")
			.contains(problem);
	}

	@Test
	void readsNothingAsNoAmendment() {
		assertThat(ListingAmendments.parse(null).amendments()).isEmpty();
		assertThat(ListingAmendments.parse("  \n ").amendments()).isEmpty();
	}

}
