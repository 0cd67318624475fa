package eu.sanctions.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The renewal every workload plays, the same on the bare engine and through the system: a
 * package expiring on 31 January 2027, reviewed on 22 November 2026 ("extend as is for
 * twelve months, positions by 17 January"), supported by all 27 states, adopted the same
 * day and confirmed by the registry.
 */
public final class RenewalPlan {

	/**
	 * The instant the engines' and services' clocks start at, whatever day the benchmark
	 * runs: the system tests' day.
	 */
	public static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

	public static final LocalDate EXPIRY = LocalDate.of(2027, 1, 31);

	public static final LocalDate NEW_EXPIRY = EXPIRY.plusMonths(12);

	public static final LocalDate DEADLINE = EXPIRY.minusDays(14);

	/** Positions per renewal: one per member state. */
	public static final int STATES = 27;

	private RenewalPlan() {
	}

	/** The renewal of a package's expiry: {@code EU-B1-K001:2027-01-31}. */
	public static String renewalId(String packageKey) {
		return packageKey + ":" + EXPIRY;
	}

	/** The review form as staff submit it. */
	public static Map<String, String> review() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("recommendation", "EXTEND");
		form.put("proposedNewExpiry", NEW_EXPIRY.toString());
		form.put("positionDeadline", DEADLINE.toString());
		form.put("amendments", "");
		form.put("reviewJustification", "The grounds for the measures persist; extend unchanged for twelve months.");
		return form;
	}

	/** The adoption form as staff submit it, the day the Council adopted the act. */
	public static Map<String, String> adoption(LocalDate today, String packageKey) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("actReference", "Council Decision (CFSP) " + today.getYear() + "/" + packageKey + " (benchmark)");
		form.put("adoptionDate", today.toString());
		form.put("publicationDate", today.toString());
		form.put("entryIntoForceDate", today.toString());
		return form;
	}

}
