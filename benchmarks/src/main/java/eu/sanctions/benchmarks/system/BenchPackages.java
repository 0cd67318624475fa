package eu.sanctions.benchmarks.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.systemtests.client.SanctionsSystem;

/**
 * Packages staff create in the registry for a workload: each in force until
 * {@link RenewalPlan#EXPIRY}, in its review window on the stack's first day, so the
 * registry announces its renewal at its next look.
 */
final class BenchPackages {

	private BenchPackages() {
	}

	/** The keys of a workload's packages: {@code EU-KAFKAH2-K001}, ... */
	static List<String> keys(String tag, int count) {
		List<String> keys = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			keys.add("EU-" + tag + "-K" + String.format("%03d", i));
		}
		return keys;
	}

	/** Staff create the package, with that many listings. */
	static void create(SanctionsSystem system, String key, int listings) {
		system.registry().create("staff", body(key, listings));
	}

	static Map<String, Object> body(String key, int listings) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("key", key);
		body.put("title", "Restrictive measures of benchmark package " + key);
		body.put("issuer", "EU");
		body.put("programmes", List.of("BENCH"));
		body.put("expiry", RenewalPlan.EXPIRY.toString());
		body.put("renewalCycleMonths", 12);
		body.put("reviewWindowDays", 120);
		body.put("measures", List.of(Map.of("category", "ASSET_FREEZE", "description",
				"Freezing of funds and economic resources of the persons and entities listed")));
		List<Map<String, Object>> listed = new ArrayList<>();
		for (int i = 1; i <= listings; i++) {
			listed.add(Map.of("euReferenceNumber", key.substring(3) + ".P" + String.format("%04d", i), "subjectType",
					(i % 5 == 0) ? "ENTITY" : "PERSON", "names",
					List.of("Listed Person " + i + " of " + key, "Alias " + i), "listingDate",
					"2022-03-0" + (1 + i % 9), "reasons",
					"Responsible for actions that undermine the sovereignty of a neighbouring state; supports the "
							+ "regime financially.",
					"annex", "I"));
		}
		body.put("listings", listed);
		return body;
	}

}
