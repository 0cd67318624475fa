package eu.sanctions.notification.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.renewal.ReminderDue;
import eu.sanctions.events.renewal.VetoRiskAssessed;
import eu.sanctions.events.testing.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The routing table, one row of expectations per rule: which recipients hear of an event,
 * on which channels. The directory: e-mail addresses for desk-LT and staff; the
 * integrator {@code integrator} follows EU-BLR with a webhook; {@code bank} follows
 * EU-RUS with a webhook; desk-LV follows EU-RUS only, so no longer every package;
 * {@code customs} follows every package for lapses only, in its inbox.
 */
class NotificationRulesTest {

	private static final String HOOK = "https://hooks.integrator.example/eu";

	private static final String BANK_HOOK = "https://screening.bank.example/hooks";

	private final InMemoryDirectory directory = new InMemoryDirectory().withEmail("desk-LT", "lt@desk.example")
		.withEmail("staff", "staff@eeas.example")
		.withSubscription("integrator", 7, HOOK, Set.of("EU-BLR"), Set.of())
		.withSubscription("bank", 8, BANK_HOOK, Set.of("EU-RUS"), Set.of())
		.withSubscription("desk-LV", 9, null, Set.of("EU-RUS"), Set.of())
		.withSubscription("customs", 10, null, Set.of("*"), Set.of(EventType.RENEWAL_LAPSED));

	private final NotificationRules rules = new NotificationRules(true);

	static Stream<Arguments> table() {
		List<String> everyDeskButLv = Recipients.everyDesk()
			.stream()
			.filter((desk) -> !desk.equals("desk-LV"))
			.map((desk) -> desk + " INBOX")
			.toList();
		List<String> blrOutcome = Stream
			.concat(everyDeskButLv.stream(),
					Stream.of("desk-LT EMAIL lt@desk.example", "integrator INBOX", "integrator WEBHOOK " + HOOK))
			.toList();
		return Stream.of(
				arguments("positions requested: every desk asked, e-mail where an address is known",
						SampleEvents.positionsRequested(),
						Stream
							.concat(Recipients.everyDesk().stream().map((desk) -> desk + " INBOX"),
									Stream.of("desk-LT EMAIL lt@desk.example"))
							.toList()),
				arguments("positions requested again after a negotiation: only the desks asked again",
						positionsRequestedOf(MemberState.HU, MemberState.SK),
						List.of("desk-HU INBOX", "desk-SK INBOX")),
				arguments("reminder due: only the desks that have not answered", SampleEvents.reminderDue(),
						List.of("desk-SK INBOX", "desk-MT INBOX", "desk-CY INBOX")),
				arguments("reminder due to a desk with an address: inbox and e-mail", reminderDueTo(MemberState.LT),
						List.of("desk-LT INBOX", "desk-LT EMAIL lt@desk.example")),
				arguments("veto risk HIGH: staff at once", vetoRisk(RiskLevel.HIGH),
						List.of("staff INBOX", "staff EMAIL staff@eeas.example")),
				arguments("veto risk BLOCKED: staff at once", vetoRisk(RiskLevel.BLOCKED),
						List.of("staff INBOX", "staff EMAIL staff@eeas.example")),
				arguments("veto risk MEDIUM: nobody", vetoRisk(RiskLevel.MEDIUM), List.of()),
				arguments("negotiation opened: staff at once", SampleEvents.negotiationOpened(),
						List.of("staff INBOX", "staff EMAIL staff@eeas.example")),
				arguments("registry refusal: staff at once", SampleEvents.registryUpdateRejected(),
						List.of("staff INBOX", "staff EMAIL staff@eeas.example")),
				arguments("extension adopted: the package's subscribers, desks and integrators alike",
						SampleEvents.extensionAdopted(), blrOutcome),
				arguments("measures extended: the package's subscribers", SampleEvents.measuresExtended(), blrOutcome),
				arguments("renewal lapsed: the package's subscribers, and whoever follows every lapse",
						SampleEvents.renewalLapsed(),
						Stream.concat(blrOutcome.stream(), Stream.of("customs INBOX")).toList()),
				arguments("renewal withdrawn: the package's subscribers", SampleEvents.renewalWithdrawn(), blrOutcome),
				arguments("measures lapsed in the registry: the package's subscribers (not customs, which "
						+ "follows the renewal's lapse only)", SampleEvents.measuresLapsed(), blrOutcome),
				arguments("extension adopted of another package: its own subscribers, and the desks that follow all",
						extensionAdoptedOf("EU-RUS"),
						Stream
							.concat(everyDeskButLv.stream(),
									Stream.of("desk-LT EMAIL lt@desk.example", "bank INBOX",
											"bank WEBHOOK " + BANK_HOOK, "desk-LV INBOX"))
							.toList()),
				arguments("renewal started: no rule, nobody", SampleEvents.renewalStarted(), List.of()),
				arguments("position recorded: no rule, nobody", SampleEvents.positionRecorded(), List.of()),
				arguments("measures amended: no rule, nobody", SampleEvents.measuresAmended(), List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void routesEachEventToItsAudienceOnTheirChannels(String rule, SanctionsEvent event, List<String> expected) {
		assertThat(addresseesOf(this.rules, event)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void readsAsTheTableOfTheIssue() {
		assertThat(NotificationRules.TABLE)
			.extracting((rule) -> rule.type() + " " + rule.when() + " " + rule.audience() + " "
					+ rule.channels().stream().sorted().toList())
			.containsExactly("POSITIONS_REQUESTED ALWAYS DESKS_ASKED [INBOX, EMAIL]",
					"REMINDER_DUE ALWAYS DESKS_NOT_ANSWERED [INBOX, EMAIL]",
					"VETO_RISK_ASSESSED VETO_RISK_HIGH_OR_BLOCKED STAFF [INBOX, EMAIL]",
					"NEGOTIATION_OPENED ALWAYS STAFF [INBOX, EMAIL]",
					"REGISTRY_UPDATE_REJECTED ALWAYS STAFF [INBOX, EMAIL]",
					"EXTENSION_ADOPTED ALWAYS PACKAGE_SUBSCRIBERS [INBOX, EMAIL, WEBHOOK]",
					"MEASURES_EXTENDED ALWAYS PACKAGE_SUBSCRIBERS [INBOX, EMAIL, WEBHOOK]",
					"RENEWAL_LAPSED ALWAYS PACKAGE_SUBSCRIBERS [INBOX, EMAIL, WEBHOOK]",
					"MEASURES_LAPSED ALWAYS PACKAGE_SUBSCRIBERS [INBOX, EMAIL, WEBHOOK]",
					"RENEWAL_WITHDRAWN ALWAYS PACKAGE_SUBSCRIBERS [INBOX, EMAIL, WEBHOOK]");
	}

	@Test
	void letsSubscribersChooseAmongTheOutcomesOnly() {
		assertThat(NotificationRules.subscribableTypes()).containsExactlyInAnyOrder(EventType.EXTENSION_ADOPTED,
				EventType.MEASURES_EXTENDED, EventType.RENEWAL_LAPSED, EventType.MEASURES_LAPSED,
				EventType.RENEWAL_WITHDRAWN);
	}

	@Test
	void routesTheTypesOfItsTableAndNoOther() {
		assertThat(EnumSet.allOf(EventType.class)).filteredOn(this.rules::routes)
			.containsExactlyInAnyOrder(EventType.POSITIONS_REQUESTED, EventType.REMINDER_DUE,
					EventType.VETO_RISK_ASSESSED, EventType.NEGOTIATION_OPENED, EventType.REGISTRY_UPDATE_REJECTED,
					EventType.EXTENSION_ADOPTED, EventType.MEASURES_EXTENDED, EventType.RENEWAL_LAPSED,
					EventType.MEASURES_LAPSED, EventType.RENEWAL_WITHDRAWN);
		assertThat(EnumSet.allOf(EventType.class))
			.allSatisfy((type) -> assertThat(this.rules.routes(type)).as("%s", type)
				.isEqualTo(!this.rules.rulesFor(type).isEmpty()));
		assertThat(NotificationRules.subscribableTypes()).allMatch(this.rules::routes);
	}

	@Test
	void tellsNobodyOfATypeItDoesNotRouteThoughSomeoneFollowsEveryPackageAndType() {
		InMemoryDirectory everything = new InMemoryDirectory().withEmail("staff", "staff@eeas.example")
			.withSubscription("integrator", 1, HOOK, Set.of("*"), EnumSet.allOf(EventType.class));
		List<SanctionsEvent> unrouted = SampleEvents.oneOfEach()
			.stream()
			.filter((event) -> !this.rules.routes(EventType.of(event)))
			.toList();

		assertThat(unrouted).extracting(EventType::of)
			.contains(EventType.POSITION_RECORDED, EventType.RENEWAL_STARTED, EventType.MEASURES_AMENDED);
		assertThat(unrouted)
			.allSatisfy((event) -> assertThat(this.rules.addresseesOf(EventType.of(event), event, everything))
				.as("%s", EventType.of(event))
				.isEmpty());
	}

	@Test
	void tellsOnlyExplicitSubscribersWhenDesksDoNotFollowEveryPackage() {
		assertThat(addresseesOf(new NotificationRules(false), SampleEvents.extensionAdopted()))
			.containsExactlyInAnyOrder("integrator INBOX", "integrator WEBHOOK " + HOOK);
	}

	@Test
	void postsOnceToAUrlThatTwoSubscriptionsOfOneOwnerName() {
		InMemoryDirectory twice = new InMemoryDirectory()
			.withSubscription("integrator", 1, HOOK, Set.of("EU-BLR"), Set.of())
			.withSubscription("integrator", 2, HOOK, Set.of("*"), Set.of(EventType.EXTENSION_ADOPTED));
		assertThat(new NotificationRules(false).addresseesOf(EventType.EXTENSION_ADOPTED,
				SampleEvents.extensionAdopted(), twice))
			.containsExactly(new Addressee("integrator", Channel.INBOX, "integrator", null),
					new Addressee("integrator", Channel.WEBHOOK, HOOK, 1L));
	}

	private List<String> addresseesOf(NotificationRules rules, SanctionsEvent event) {
		return rules.addresseesOf(EventType.of(event), event, this.directory)
			.stream()
			.map((addressee) -> addressee.recipient() + " " + addressee.channel()
					+ ((addressee.channel() == Channel.INBOX) ? "" : " " + addressee.destination()))
			.toList();
	}

	private static PositionsRequested positionsRequestedOf(MemberState... states) {
		PositionsRequested first = SampleEvents.positionsRequested();
		return new PositionsRequested(first.renewalId(), first.packageKey(), 2, List.of(states),
				first.deadline().plusDays(10), first.proposedNewExpiry(), first.amendments());
	}

	private static ReminderDue reminderDueTo(MemberState state) {
		ReminderDue reminder = SampleEvents.reminderDue();
		return new ReminderDue(reminder.renewalId(), reminder.packageKey(), 1, reminder.deadline(), List.of(state));
	}

	static VetoRiskAssessed vetoRisk(RiskLevel level) {
		VetoRiskAssessed risk = SampleEvents.vetoRiskAssessed();
		return new VetoRiskAssessed(risk.renewalId(), risk.packageKey(), risk.round(), level, risk.previousLevel(),
				risk.blockingStates(), risk.waveringStates(), risk.reasons(), risk.counts(),
				risk.constructiveAbstentionsBlock(), risk.strongestSignal(), risk.trigger());
	}

	static ExtensionAdopted extensionAdoptedOf(String packageKey) {
		LocalDate expiry = LocalDate.of(2027, 3, 15);
		return new ExtensionAdopted(packageKey + ":" + expiry, packageKey, RenewalOutcome.EXTENDED, expiry,
				expiry.plusMonths(6), "Council Decision (CFSP) 2027/600", expiry.minusDays(5), expiry.minusDays(4),
				expiry.minusDays(4), List.of(), "a.lindqvist");
	}

}
