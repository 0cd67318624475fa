package eu.sanctions.systemtests.scenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.systemtests.client.Http;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

/**
 * Scenario 1, "extended after a compromise" (fictional): EU-BLR comes due; staff propose
 * extending it by its cycle; 24 states support, one abstains, one supports with a
 * condition, one opposes and demands two delistings; the risk goes BLOCKED; staff
 * negotiate, delist the two names and ask again; all support; staff record the adoption;
 * the registry extends the package without the two listings. Every desk answers through
 * one of the three doors: Tasklist (the engine's task API), REST, or its desk system on
 * Kafka.
 */
public final class BelarusCompromise {

	public static final String PACKAGE = "EU-BLR";

	/** The state that opposes in round 1; fictional, as the whole scenario. */
	public static final MemberState OPPOSING = MemberState.HU;

	public static final MemberState CONDITIONAL = MemberState.AT;

	public static final MemberState ABSTAINING = MemberState.SK;

	/** Answers in Tasklist, the third door. */
	public static final MemberState IN_TASKLIST = MemberState.LT;

	private static final Duration STEP = Duration.ofSeconds(60);

	private final SanctionsSystem system;

	private final Narrator narrator;

	private final Supplier<LocalDate> today;

	/**
	 * @param system the system to play it on
	 * @param narrator who tells it
	 * @param today the day it is for the services (the demo's real day, or the system
	 * tests' moved clock)
	 */
	public BelarusCompromise(SanctionsSystem system, Narrator narrator, Supplier<LocalDate> today) {
		this.system = system;
		this.narrator = narrator;
		this.today = today;
	}

	/** Plays the scenario to its end: the renewal completed and the registry extended. */
	public Outcome play() {
		String renewal = openRenewal();
		JsonNode started = this.system.renewals().get("staff", renewal);
		LocalDate expiry = LocalDate.parse(started.path("expiry").asText());
		LocalDate newExpiry = expiry.plusMonths(12);
		LocalDate deadline = expiry.minusDays(14);
		List<JsonNode> delisted = firstListings(2);

		review(renewal, newExpiry, deadline);
		roundOne(renewal, delisted);
		negotiate(renewal, delisted, deadline);
		roundTwo(renewal);
		adopt(renewal);
		JsonNode registry = awaitRegistry(newExpiry);
		return new Outcome(renewal, expiry, newExpiry,
				delisted.stream().map((listing) -> listing.path("euReferenceNumber").asText()).toList(),
				registry.path("listingCount").asInt());
	}

	private String openRenewal() {
		JsonNode open = this.system.renewals().open("staff", PACKAGE).orElse(null);
		if (open == null) {
			LocalDate reviewOpensOn = LocalDate
				.parse(this.system.registry().get("staff", PACKAGE).path("reviewOpensOn").asText());
			if (reviewOpensOn.isAfter(this.today.get())) {
				// Its current expiry is not due yet (a second run of the demo): staff
				// start the renewal early.
				open = this.system.renewals().start("staff", PACKAGE);
				say("[staff] %s is not due until %s: staff start its renewal now", PACKAGE, reviewOpensOn);
			}
			else {
				// Due: the registry's renewal-due event starts the renewal within
				// seconds.
				open = this.system.renewals().awaitOpen("staff", PACKAGE, Duration.ofSeconds(60));
			}
		}
		String renewal = open.path("id").asText();
		say("[registry] %s expires %s: renewal %s is open", PACKAGE, open.path("expiry").asText(), renewal);
		return renewal;
	}

	private List<JsonNode> firstListings(int count) {
		List<JsonNode> listings = new ArrayList<>();
		this.system.registry().get("staff", PACKAGE).path("listings").forEach(listings::add);
		return listings.subList(0, count);
	}

	private void review(String renewal, LocalDate newExpiry, LocalDate deadline) {
		this.system.tasks()
			.completeWhenReady("staff", renewal, "review",
					Map.of("recommendation", "EXTEND", "proposedNewExpiry", newExpiry.toString(), "positionDeadline",
							deadline.toString(), "amendments", "", "reviewJustification",
							"The grounds for the measures persist; extend unchanged for twelve months."),
					STEP);
		awaitPhase(renewal, "round 1", (detail) -> detail.path("round").asInt() == 1);
		say("[staff] review: extend as is until %s; the 27 desks are asked, deadline %s", newExpiry, deadline);
	}

	private void roundOne(String renewal, List<JsonNode> delisted) {
		String demanded = delisted.stream()
			.map((listing) -> listing.path("euReferenceNumber").asText())
			.reduce((a, b) -> a + " and " + b)
			.orElseThrow();
		int byRest = 0;
		for (MemberState state : MemberState.values()) {
			if (state == OPPOSING || state == CONDITIONAL || state == ABSTAINING || state == IN_TASKLIST) {
				continue;
			}
			rest(renewal, state, Position.SUPPORT, null, null);
			byRest++;
		}
		say("[%d desks via REST] SUPPORT; risk %s", byRest, risk(renewal));
		completeInTasklist(renewal, IN_TASKLIST, Position.SUPPORT);
		say("[desk-%s via Tasklist] SUPPORT; risk %s", IN_TASKLIST, risk(renewal));
		rest(renewal, ABSTAINING, Position.ABSTAIN, null, "Abstains without a formal declaration.");
		say("[desk-%s via REST] ABSTAIN (plain abstention: does not block); risk %s", ABSTAINING, risk(renewal));
		rest(renewal, CONDITIONAL, Position.SUPPORT_WITH_CONDITIONS, null, null);
		say("[desk-%s via REST] SUPPORT_WITH_CONDITIONS (a statement on energy security); risk %s", CONDITIONAL,
				risk(renewal));
		this.system.kafka()
			.submit(new PositionSubmitted(PACKAGE, renewal, OPPOSING.euCode(), Position.OPPOSE, null,
					"Will not support the extension unless " + demanded + " are delisted.",
					"desk-system-" + OPPOSING.euCode()));
		JsonNode blocked = awaitPhase(renewal, "the risk BLOCKED",
				(detail) -> "BLOCKED".equals(detail.path("risk").path("level").asText()));
		say("[desk-%s's system via Kafka] OPPOSE unless %s are delisted; risk %s, blocking %s", OPPOSING, demanded,
				blocked.path("risk").path("level").asText(), blocked.path("risk").path("blockingStates"));
	}

	private void negotiate(String renewal, List<JsonNode> delisted, LocalDate deadline) {
		StringBuilder amendments = new StringBuilder();
		for (JsonNode listing : delisted) {
			amendments.append("REMOVE ")
				.append(listing.path("euReferenceNumber").asText())
				.append(" | ")
				.append(listing.path("names").path(0).asText())
				.append(" | Delisted as ")
				.append(OPPOSING.euCode())
				.append(" asked, for unanimity\n");
		}
		this.system.tasks()
			.completeWhenReady("staff", renewal, "negotiate",
					Map.of("negotiationDecision", "ASK_AGAIN", "amendments", amendments.toString().strip(),
							"statesToAsk", OPPOSING.euCode() + "," + CONDITIONAL.euCode(), "positionDeadline",
							deadline.toString(), "lapseJustification", ""),
					STEP);
		awaitPhase(renewal, "round 2", (detail) -> detail.path("round").asInt() == 2);
		say("[staff] negotiation: delist %d names, ask %s and %s again", delisted.size(), OPPOSING, CONDITIONAL);
	}

	private void roundTwo(String renewal) {
		this.system.kafka()
			.submit(new PositionSubmitted(PACKAGE, renewal, OPPOSING.euCode(), Position.SUPPORT, null,
					"Supports the amended proposal.", "desk-system-" + OPPOSING.euCode()));
		say("[desk-%s's system via Kafka] SUPPORT the amended proposal", OPPOSING);
		rest(renewal, CONDITIONAL, Position.SUPPORT, null, "The statement is in the minutes.");
		JsonNode ready = awaitPhase(renewal, "every state in favour",
				(detail) -> this.system.tasks().find("staff", renewal, "recordAdoption").isPresent());
		say("[desk-%s via REST] SUPPORT; unanimity, risk %s: ready for adoption", CONDITIONAL,
				ready.path("risk").path("level").asText());
	}

	private void adopt(String renewal) {
		LocalDate today = this.today.get();
		String act = "Council Decision (CFSP) " + today.getYear() + "/" + (100 + (int) (Math.random() * 800))
				+ " (demo)";
		this.system.tasks()
			.completeWhenReady("staff", renewal, "recordAdoption", Map.of("actReference", act, "adoptionDate",
					today.toString(), "publicationDate", today.toString(), "entryIntoForceDate", today.toString()),
					STEP);
		say("[staff] the Council adopted %s on %s", act, today);
		awaitPhase(renewal, "the registry's confirmation",
				(detail) -> "EXTENDED".equals(detail.path("status").asText()));
	}

	private JsonNode awaitRegistry(LocalDate newExpiry) {
		JsonNode extended = eu.sanctions.systemtests.client.Poll.until(PACKAGE + " extended in the registry", STEP,
				() -> java.util.Optional.of(this.system.registry().get("staff", PACKAGE))
					.filter((state) -> newExpiry.toString().equals(state.path("expiry").asText())));
		say("[registry] %s in force until %s, %d listings; renewal completed", PACKAGE, newExpiry,
				extended.path("listingCount").asInt());
		return extended;
	}

	private void rest(String renewal, MemberState state, Position position, String conditions, String justification) {
		String effectiveConditions = (position == Position.SUPPORT_WITH_CONDITIONS && conditions == null)
				? "A statement on energy security in the Council minutes." : conditions;
		Http.Response answer = this.system.renewals()
			.submit(Users.desk(state), renewal, state, position, effectiveConditions, justification);
		if (answer.status() != 200 && answer.status() != 202) {
			throw new Http.UnexpectedAnswer(
					"desk-" + state + " could not give its position: " + answer.status() + " " + answer.text());
		}
	}

	private void completeInTasklist(String renewal, MemberState state, Position position) {
		this.system.tasks()
			.completeWhenReady(Users.desk(state), renewal, "givePosition",
					Map.of("position", position.name(), "conditions", "", "justification", ""), STEP);
	}

	private String risk(String renewal) {
		return this.system.renewals().get("staff", renewal).path("risk").path("level").asText("NONE");
	}

	private JsonNode awaitPhase(String renewal, String what, java.util.function.Predicate<JsonNode> condition) {
		return this.system.renewals().await("staff", renewal, what, STEP, condition);
	}

	private void say(String format, Object... arguments) {
		this.narrator.say(String.format(format, arguments));
	}

	/**
	 * What the scenario left behind.
	 *
	 * @param renewalId the renewal
	 * @param expiry the expiry renewed
	 * @param newExpiry the expiry now in force
	 * @param delisted the EU reference numbers removed
	 * @param listingCount how many listings remain
	 */
	public record Outcome(String renewalId, LocalDate expiry, LocalDate newExpiry, List<String> delisted,
			int listingCount) {
	}

}
