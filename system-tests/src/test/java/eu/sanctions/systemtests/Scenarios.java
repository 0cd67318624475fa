package eu.sanctions.systemtests;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import eu.sanctions.systemtests.client.SanctionsSystem;

/**
 * Steps the later scenarios share: a package of their own that comes due, and its review.
 */
final class Scenarios {

	static final Duration WAIT = Duration.ofSeconds(60);

	private Scenarios() {
	}

	/**
	 * Staff register a package whose expiry is {@code daysAhead} days away (so within its
	 * review window), and the registry's renewal-due job starts its renewal.
	 * @return the renewal's id
	 */
	static String packageComingDue(Stack stack, String key, int daysAhead) {
		SanctionsSystem system = stack.system();
		LocalDate expiry = stack.today().plusDays(daysAhead);
		system.registry()
			.create("staff",
					Map.of("key", key, "title", "A package of the system tests (" + key + ")", "issuer", "EU", "expiry",
							expiry.toString(), "renewalCycleMonths", 6, "reviewWindowDays", 120, "measures",
							List.of(Map.of("category", "ASSET_FREEZE", "description", "Freezing of funds",
									"legalReference", "Art. 2"))));
		JsonNode renewal = system.renewals().awaitOpen("staff", key, WAIT);
		return renewal.path("id").asText();
	}

	/**
	 * Staff review: extend as is; positions due {@code deadlineDaysBeforeExpiry} days
	 * before the expiry.
	 */
	static void reviewToExtend(Stack stack, String renewalId, int deadlineDaysBeforeExpiry) {
		SanctionsSystem system = stack.system();
		LocalDate expiry = LocalDate.parse(system.renewals().get("staff", renewalId).path("expiry").asText());
		system.tasks()
			.completeWhenReady("staff", renewalId, "review",
					Map.of("recommendation", "EXTEND", "proposedNewExpiry", expiry.plusMonths(6).toString(),
							"positionDeadline", expiry.minusDays(deadlineDaysBeforeExpiry).toString(), "amendments", "",
							"reviewJustification", "Extend as is."),
					WAIT);
		system.renewals()
			.await("staff", renewalId, "positions requested", WAIT, (detail) -> detail.path("round").asInt() == 1);
	}

}
