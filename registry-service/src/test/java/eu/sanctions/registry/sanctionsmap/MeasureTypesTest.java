package eu.sanctions.registry.sanctionsmap;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.sanctions.events.MeasureCategory;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureTypesTest {

	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Asset freeze and prohibition to make funds available | | ASSET_FREEZE
					Restrictions on admission                           | | TRAVEL_BAN
					Arms export                                         | | ARMS_EMBARGO
					Embargo on dual-use goods                           | | DUAL_USE_EXPORT_RESTRICTION
					Luxury goods                                        | | OTHER_EXPORT_RESTRICTION
					Oil refining                                        | | OTHER_EXPORT_RESTRICTION
					Potassium chloride                                  | | IMPORT_RESTRICTION
					Wood                                                | | IMPORT_RESTRICTION
					Cement                                              | | IMPORT_RESTRICTION
					Iron and steel                                      | | IMPORT_RESTRICTION
					Gold, precious metals, diamonds                     | | IMPORT_RESTRICTION
					Financial measures                                  | | FINANCIAL_RESTRICTION
					Flights, airports, aircrafts                        | | AVIATION_BAN
					Road transport                                      | | ROAD_TRANSPORT_BAN
					Restrictions on services                            | | SERVICES_BAN
					Prohibition to satisfy claims                       | | OTHER_RESTRICTION
					Something the Map adds one day                      | | OTHER_RESTRICTION
					Machinery and electrical equipment | It is prohibited to sell, supply, transfer or export machinery to Belarus. | OTHER_EXPORT_RESTRICTION
					Machinery and electrical equipment | It is prohibited to import, purchase or transfer machinery from the DPRK.  | IMPORT_RESTRICTION
					""")
	void mapsASanctionsMapTypeOntoTheControlledList(String title, String description, MeasureCategory category) {
		assertThat(MeasureTypes.categoryOf(title, description)).isEqualTo(category);
	}

	@Test
	void knowsEveryTypeOfTheRealSnapshotButTheOnesThatAreOtherRestrictions() {
		Set<String> unknown = new TreeSet<>();
		Snapshots.realSnapshot()
			.path("data")
			.forEach((regime) -> regime.path("measures").path("data").forEach((measure) -> {
				String title = measure.path("type").path("data").path("title").asText();
				if (!MeasureTypes.knows(title)) {
					unknown.add(title);
				}
			}));

		assertThat(unknown).containsExactly("Critical infrastructure", "Inspections", "Media ban", "Other restrictions",
				"Ports and vessels", "Prohibition to satisfy claims", "Vigilance");
	}

}
