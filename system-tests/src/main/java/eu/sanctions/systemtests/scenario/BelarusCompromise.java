package eu.sanctions.systemtests.scenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.systemtests.client.Http;
import eu.sanctions.systemtests.client.Poll;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

/**
 * Scenario 1, "extended after a compromise" (fictional): EU-BLR comes due; staff propose
 * extending it by twelve months; 24 states support, one abstains, one supports with a
 * condition, one opposes and demands two delistings; the risk goes BLOCKED; staff
 * negotiate, delist the two names and ask again; both states support, and the adoption is
 * offered; the opposing state then revises its support to a constructive abstention
 * before the deadline, which leaves unanimity in reach: the adoption stays offered; staff
 * record it; the registry extends the package without the two listings. Every desk
 * answers through one of the three doors: Tasklist (the engine's task API), REST, or its
 * desk system on Kafka.
 * <p>
 * It is played from where the package's renewal stands: a run that was interrupted (the
 * demo stopped half-way) is picked up at its phase, each step doing only what is left of
 * it. It is not withdrawn and started afresh, because a renewal is one per package and
 * expiry: a withdrawn renewal of {@code EU-BLR:2027-02-28} can never be started again,
 * and Belarus would then lapse at that expiry.
 */
public final class BelarusCompromise {

	public static final String PACKAGE = "EU-BLR";

	/** The state that opposes in round 1; fictional, as the whole scenario. */
	public static final MemberState OPPOSING = MemberState.HU;

	public static final MemberState CONDITIONAL = MemberState.AT;

	public static final MemberState ABSTAINING = MemberState.SK;

	/** Answers in Tasklist, the third door. */
	public static final MemberState IN_TASKLIST = MemberState.LT;

	/**
	 * Revises its round-2 support to a constructive abstention while the adoption is
	 * offered.
	 */
	public static final MemberState REVISING = OPPOSING;

	/** The states asked again after the negotiation. */
	public static final Set<MemberState> ASKED_AGAIN = EnumSet.of(OPPOSING, CONDITIONAL);

	private static final Duration STEP = Duration.ofSeconds(60);

	/**
	 * More phases than the scenario has: a renewal that does not move on fails the play
	 * instead of looping.
	 */
	private static final int MOST_STEPS = 12;

	private static final String DECLARATION = "Hungary abstains constructively under Art. 31(1) TEU: it will not "
			+ "apply the decision but accepts that it commits the Union.";

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

	/**
	 * Plays the scenario to its end, from where the package's renewal stands: the renewal
	 * completed and the registry extended.
	 * @throws IllegalStateException when the renewal is somewhere the scenario does not
	 * go (the registry refused the extension, say): what to do then is said in the
	 * message
	 */
	public Outcome play() {
		Opened opened = openRenewal();
		String renewal = opened.renewalId();
		LocalDate expiry = LocalDate.parse(detail(renewal).path("expiry").asText());
		LocalDate newExpiry = expiry.plusMonths(12);
		LocalDate deadline = expiry.minusDays(14);
		JsonNode current = detail(renewal);
		for (int step = 0; !"ENDED".equals(current.path("phase").asText()); step++) {
			if (step == MOST_STEPS) {
				throw new IllegalStateException(renewal + " does not move on from " + current.path("phase").asText());
			}
			String phase = current.path("phase").asText();
			int round = current.path("round").asInt();
			switch (phase) {
				case "REVIEW" -> review(renewal, newExpiry, deadline);
				case "POSITIONS" -> {
					if (round == 1) {
						roundOne(renewal, current);
					}
					else {
						roundTwo(renewal, current);
					}
				}
				case "NEGOTIATION" -> negotiate(renewal, current, deadline);
				case "ADOPTION" -> {
					if (round > 1 && !hasRevised(current)) {
						reviseWhileAdoptionOffered(renewal);
					}
					adopt(renewal);
				}
				case "AWAITING_REGISTRY" -> awaitPhase(renewal, "the registry's confirmation",
						(detail) -> "ENDED".equals(detail.path("phase").asText()));
				default -> throw new IllegalStateException(renewal + " is at " + phase
						+ ", where this scenario does not go: staff decide in Tasklist what comes next.");
			}
			current = detail(renewal);
		}
		if (!"EXTENDED".equals(current.path("status").asText())) {
			throw new IllegalStateException(renewal + " ended " + current.path("status").asText() + ", not extended.");
		}
		// As adopted: a run picked up after its review may have been reviewed otherwise.
		LocalDate extendedTo = LocalDate
			.parse(current.path("proposal").path("proposedNewExpiry").asText(newExpiry.toString()));
		JsonNode registry = awaitRegistry(renewal, extendedTo);
		return new Outcome(renewal, expiry, extendedTo, delisted(current), registry.path("listingCount").asInt(),
				opened.pickedUpAt());
	}

	/**
	 * The package's open renewal: the one the registry started when the package came due,
	 * one that an earlier run left (picked up at its phase), or one staff start now.
	 */
	private Opened openRenewal() {
		return Poll.until("a renewal of " + PACKAGE + " to play", STEP, () -> {
			Optional<JsonNode> open = this.system.renewals().open("staff", PACKAGE);
			if (open.isPresent()) {
				return Optional.of(pickUp(open.get().path("id").asText()));
			}
			Http.Response started = this.system.renewals().tryStart("staff", PACKAGE);
			if (started.status() == 201) {
				return Optional.of(startedByStaff(started.json().path("id").asText()));
			}
			if (started.status() == 404 || started.status() >= 500
					|| (started.status() == 409 && "RENEWAL_RUNNING".equals(started.json().path("reason").asText()))) {
				// The renewal service has not heard of the package from the registry yet
				// (a stack just started), or the registry's renewal-due job started the
				// renewal at the same moment (on H2 that may answer 500, nothing
				// changed):
				// look again.
				return Optional.empty();
			}
			throw new Poll.GiveUp("Staff cannot start the renewal of " + PACKAGE + ": " + started.status() + " "
					+ started.json().path("detail").asText(started.text()));
		});
	}

	private Opened pickUp(String renewal) {
		JsonNode detail = detail(renewal);
		String phase = detail.path("phase").asText();
		if ("REVIEW".equals(phase)) {
			say(detail, "registry", "%s expires %s: renewal %s is open, for staff to review", PACKAGE,
					detail.path("expiry").asText(), renewal);
			return new Opened(renewal, null);
		}
		say(detail, "demo", "picks up renewal %s where an earlier run left it: %s, round %d", renewal, phase,
				detail.path("round").asInt());
		return new Opened(renewal, phase);
	}

	private Opened startedByStaff(String renewal) {
		JsonNode detail = detail(renewal);
		LocalDate reviewOpensOn = LocalDate
			.parse(this.system.registry().get("staff", PACKAGE).path("reviewOpensOn").asText());
		say(detail, "staff", "start renewal %s of %s, expiring %s%s", renewal, PACKAGE, detail.path("expiry").asText(),
				reviewOpensOn.isAfter(this.today.get()) ? " (early: its review window opens on " + reviewOpensOn + ")"
						: "");
		return new Opened(renewal, null);
	}

	private void review(String renewal, LocalDate newExpiry, LocalDate deadline) {
		this.system.tasks()
			.completeWhenReady("staff", renewal, "review",
					Map.of("recommendation", "EXTEND", "proposedNewExpiry", newExpiry.toString(), "positionDeadline",
							deadline.toString(), "amendments", "", "reviewJustification",
							"The grounds for the measures persist; extend unchanged for twelve months."),
					STEP);
		JsonNode asked = awaitPhase(renewal, "round 1",
				(detail) -> detail.path("round").asInt() == 1 && "POSITIONS".equals(detail.path("phase").asText()));
		say(asked, "staff", "review: extend unchanged until %s; the 27 desks are asked for their positions", newExpiry);
	}

	private void roundOne(String renewal, JsonNode current) {
		Set<MemberState> answered = answeredIn(current, 1);
		List<JsonNode> delisted = firstListings(2);
		String demanded = delisted.stream()
			.map((listing) -> listing.path("euReferenceNumber").asText())
			.reduce((a, b) -> a + " and " + b)
			.orElseThrow();
		int byRest = 0;
		for (MemberState state : MemberState.values()) {
			if (EnumSet.of(OPPOSING, CONDITIONAL, ABSTAINING, IN_TASKLIST).contains(state)
					|| answered.contains(state)) {
				continue;
			}
			rest(renewal, state, Position.SUPPORT, null, null);
			byRest++;
		}
		if (byRest > 0) {
			say(detail(renewal), byRest + " desks via REST", "SUPPORT");
		}
		if (!answered.contains(IN_TASKLIST)) {
			this.system.tasks()
				.completeWhenReady(Users.desk(IN_TASKLIST), renewal, "givePosition",
						Map.of("position", Position.SUPPORT.name(), "conditions", "", "justification", ""), STEP);
			say(awaitPosition(renewal, IN_TASKLIST, Position.SUPPORT), desk(IN_TASKLIST) + " via Tasklist", "SUPPORT");
		}
		if (!answered.contains(ABSTAINING)) {
			rest(renewal, ABSTAINING, Position.ABSTAIN, null, "Abstains without a formal declaration.");
			say(detail(renewal), desk(ABSTAINING) + " via REST", "ABSTAIN (a plain abstention does not block)");
		}
		if (!answered.contains(CONDITIONAL)) {
			rest(renewal, CONDITIONAL, Position.SUPPORT_WITH_CONDITIONS, null, null);
			say(detail(renewal), desk(CONDITIONAL) + " via REST",
					"SUPPORT_WITH_CONDITIONS (a statement on energy security)");
		}
		if (!answered.contains(OPPOSING)) {
			this.system.kafka()
				.submit(new PositionSubmitted(PACKAGE, renewal, OPPOSING.euCode(), Position.OPPOSE, null,
						"Will not support the extension unless " + demanded + " are delisted.",
						"desk-system-" + OPPOSING.euCode()));
			JsonNode blocked = awaitPosition(renewal, OPPOSING, Position.OPPOSE);
			say(blocked, desk(OPPOSING) + "'s system via Kafka", "OPPOSE unless %s are delisted; blocking: %s",
					demanded, blocked.path("risk").path("blockingStates"));
		}
		awaitPhase(renewal, "the negotiation", (detail) -> !"POSITIONS".equals(detail.path("phase").asText()));
	}

	private void negotiate(String renewal, JsonNode current, LocalDate deadline) {
		List<JsonNode> delisted = firstListings(2);
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
		int round = current.path("round").asInt() + 1;
		JsonNode asked = awaitPhase(renewal, "round " + round, (detail) -> detail.path("round").asInt() == round);
		say(asked, "staff", "negotiation: delist %s; ask %s and %s again",
				delisted.stream()
					.map((listing) -> listing.path("euReferenceNumber").asText())
					.reduce((a, b) -> a + " and " + b)
					.orElseThrow(),
				OPPOSING, CONDITIONAL);
	}

	private void roundTwo(String renewal, JsonNode current) {
		int round = current.path("round").asInt();
		Set<MemberState> answered = answeredIn(current, round);
		if (!answered.contains(OPPOSING)) {
			this.system.kafka()
				.submit(new PositionSubmitted(PACKAGE, renewal, OPPOSING.euCode(), Position.SUPPORT, null,
						"Supports the amended proposal.", "desk-system-" + OPPOSING.euCode()));
			say(awaitPosition(renewal, OPPOSING, Position.SUPPORT), desk(OPPOSING) + "'s system via Kafka",
					"SUPPORT the amended proposal");
		}
		if (!answered.contains(CONDITIONAL)) {
			rest(renewal, CONDITIONAL, Position.SUPPORT, null, "The statement is in the minutes.");
		}
		JsonNode ready = awaitPhase(renewal, "the adoption offered",
				(detail) -> !"POSITIONS".equals(detail.path("phase").asText()));
		if (!answered.contains(CONDITIONAL)) {
			say(ready, desk(CONDITIONAL) + " via REST", "SUPPORT: every asked state in favour%s",
					"ADOPTION".equals(ready.path("phase").asText()) ? ", staff are offered to record the adoption"
							: "");
		}
	}

	/**
	 * The revising state's desk system changes its support to a constructive abstention
	 * before the deadline: one state is no blocking minority, so the adoption stays
	 * offered.
	 */
	private void reviseWhileAdoptionOffered(String renewal) {
		this.system.kafka()
			.submit(new PositionSubmitted(PACKAGE, renewal, REVISING.euCode(), Position.CONSTRUCTIVE_ABSTENTION, null,
					DECLARATION, "desk-system-" + REVISING.euCode()));
		JsonNode revised = awaitPosition(renewal, REVISING, Position.CONSTRUCTIVE_ABSTENTION);
		if (!"ADOPTION".equals(revised.path("phase").asText())) {
			throw new IllegalStateException("The revision of " + REVISING + " took the adoption away: "
					+ revised.path("phase").asText() + ", risk " + revised.path("risk").path("level").asText());
		}
		say(revised, desk(REVISING) + "'s system via Kafka",
				"revises SUPPORT to CONSTRUCTIVE_ABSTENTION, with its declaration; no blocking minority, "
						+ "the adoption stays offered");
	}

	private void adopt(String renewal) {
		LocalDate today = this.today.get();
		String act = "Council Decision (CFSP) " + today.getYear() + "/" + (100 + (int) (Math.random() * 800))
				+ " (demo)";
		this.system.tasks()
			.completeWhenReady("staff", renewal, "recordAdoption", Map.of("actReference", act, "adoptionDate",
					today.toString(), "publicationDate", today.toString(), "entryIntoForceDate", today.toString()),
					STEP);
		JsonNode recorded = awaitPhase(renewal, "the adoption recorded",
				(detail) -> !"ADOPTION".equals(detail.path("phase").asText()));
		say(recorded, "staff", "record the Council's adoption of %s on %s", act, today);
		awaitPhase(renewal, "the registry's confirmation", (detail) -> "ENDED".equals(detail.path("phase").asText()));
	}

	private JsonNode awaitRegistry(String renewal, LocalDate newExpiry) {
		JsonNode extended = Poll.until(PACKAGE + " extended in the registry", STEP,
				() -> Optional.of(this.system.registry().get("staff", PACKAGE))
					.filter((state) -> newExpiry.toString().equals(state.path("expiry").asText())));
		say(detail(renewal), "registry", "%s in force until %s, %d listings; renewal %s", PACKAGE, newExpiry,
				extended.path("listingCount").asInt(), detail(renewal).path("status").asText());
		return extended;
	}

	private List<JsonNode> firstListings(int count) {
		List<JsonNode> listings = new ArrayList<>();
		this.system.registry().get("staff", PACKAGE).path("listings").forEach(listings::add);
		return listings.subList(0, count);
	}

	/** The listings the adopted proposal removes, as the renewal tells them. */
	private static List<String> delisted(JsonNode detail) {
		List<String> removed = new ArrayList<>();
		detail.path("proposal")
			.path("amendments")
			.forEach((amendment) -> removed.add(amendment.path("euReferenceNumber").asText()));
		return removed;
	}

	private static Set<MemberState> answeredIn(JsonNode detail, int round) {
		Set<MemberState> answered = EnumSet.noneOf(MemberState.class);
		detail.path("positions")
			.forEach((position) -> MemberState.fromCode(position.path("state").asText())
				.filter((state) -> position.path("round").asInt() == round)
				.ifPresent(answered::add));
		return answered;
	}

	private static boolean hasRevised(JsonNode detail) {
		for (JsonNode position : detail.path("positions")) {
			if (REVISING.euCode().equals(position.path("state").asText())) {
				return Position.CONSTRUCTIVE_ABSTENTION.name().equals(position.path("position").asText());
			}
		}
		return false;
	}

	private void rest(String renewal, MemberState state, Position position, String conditions, String justification) {
		String effectiveConditions = (position == Position.SUPPORT_WITH_CONDITIONS && conditions == null)
				? "A statement on energy security in the Council minutes." : conditions;
		Http.Response answer = this.system.renewals()
			.submit(Users.desk(state), renewal, state, position, effectiveConditions, justification);
		if (answer.status() != 200 && answer.status() != 202) {
			throw new Http.UnexpectedAnswer(
					Users.desk(state) + " could not give its position: " + answer.status() + " " + answer.text());
		}
	}

	private JsonNode awaitPosition(String renewal, MemberState state, Position position) {
		return awaitPhase(renewal, state + "'s position " + position, (detail) -> {
			for (JsonNode given : detail.path("positions")) {
				if (state.euCode().equals(given.path("state").asText())) {
					return position.name().equals(given.path("position").asText())
							&& given.path("round").asInt() == detail.path("round").asInt();
				}
			}
			return false;
		});
	}

	private JsonNode detail(String renewal) {
		return this.system.renewals().get("staff", renewal);
	}

	private JsonNode awaitPhase(String renewal, String what, Predicate<JsonNode> condition) {
		return this.system.renewals().await("staff", renewal, what, STEP, condition);
	}

	private static String desk(MemberState state) {
		return Users.desk(state);
	}

	/**
	 * One line: who did what, then the renewal's veto risk and deadline as they stand
	 * after it.
	 */
	private void say(JsonNode renewal, String who, String format, Object... arguments) {
		String level = renewal.path("risk").path("level").asText("");
		String deadline = renewal.path("proposal").path("positionDeadline").asText("");
		this.narrator
			.say(String.format("%-32s %s | risk %s | deadline %s", "[" + who + "]", String.format(format, arguments),
					level.isEmpty() ? "not assessed yet" : level, deadline.isEmpty() ? "not set yet" : deadline));
	}

	/**
	 * The renewal the play goes on with.
	 *
	 * @param renewalId its id
	 * @param pickedUpAt the phase an earlier run left it at, or {@code null} when it
	 * starts at its review
	 */
	private record Opened(String renewalId, String pickedUpAt) {
	}

	/**
	 * What the scenario left behind.
	 *
	 * @param renewalId the renewal
	 * @param expiry the expiry renewed
	 * @param newExpiry the expiry now in force
	 * @param delisted the EU reference numbers removed
	 * @param listingCount how many listings remain
	 * @param pickedUpAt the phase at which this play picked up a renewal that an earlier
	 * run left, or {@code null} when it played it from its review
	 */
	public record Outcome(String renewalId, LocalDate expiry, LocalDate newExpiry, List<String> delisted,
			int listingCount, String pickedUpAt) {
	}

}
