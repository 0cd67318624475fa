package eu.sanctions.processes.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import eu.sanctions.events.ListingAction;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.Recommendation;
import eu.sanctions.events.RenewalOutcome;
import eu.sanctions.events.RiskLevel;
import eu.sanctions.events.SignalSeverity;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.NegotiationOpened;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.renewal.ReminderDue;
import eu.sanctions.events.renewal.RenewalCompleted;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.renewal.RenewalStarted;
import eu.sanctions.events.renewal.RenewalWithdrawn;
import eu.sanctions.events.renewal.ReviewCompleted;
import eu.sanctions.events.renewal.SignalRecorded;
import eu.sanctions.events.renewal.VetoRiskAssessed;

import static eu.sanctions.events.MemberState.AT;
import static eu.sanctions.events.MemberState.BE;
import static eu.sanctions.events.MemberState.CY;
import static eu.sanctions.events.MemberState.DE;
import static eu.sanctions.events.MemberState.EL;
import static eu.sanctions.events.MemberState.ES;
import static eu.sanctions.events.MemberState.FR;
import static eu.sanctions.events.MemberState.HU;
import static eu.sanctions.events.MemberState.IT;
import static eu.sanctions.events.MemberState.LT;
import static eu.sanctions.events.MemberState.LU;
import static eu.sanctions.events.MemberState.MT;
import static eu.sanctions.events.MemberState.NL;
import static eu.sanctions.events.MemberState.PL;
import static eu.sanctions.events.MemberState.RO;
import static eu.sanctions.processes.process.RenewalDriver.DEADLINE;
import static eu.sanctions.processes.process.RenewalDriver.EXPIRY_DATE;
import static eu.sanctions.processes.process.RenewalDriver.RENEWAL_ID;
import static eu.sanctions.processes.process.RenewalProcess.Variables.ADOPTED_BY_EXPIRY;
import static eu.sanctions.processes.process.RenewalProcess.Variables.LAPSE_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.NEGOTIATION_DECISION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.OVERDUE_DECISION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.RECOMMENDATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REFUSAL_DECISION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.REVIEW_JUSTIFICATION;
import static eu.sanctions.processes.process.RenewalProcess.Variables.STATES_TO_ASK;
import static eu.sanctions.processes.process.RenewalProcess.Variables.WITHDRAWAL_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The renewal process path by path, on an in-memory engine, timers driven by the engine's
 * clock. The class covers every flow node and sequence flow of the process: the build
 * fails below 100 %.
 */
@Deployment(resources = { RenewalEngine.BPMN, RenewalEngine.DMN })
class RenewalLifecycleTest {

	static final RecordingRenewalEvents events = new RecordingRenewalEvents();

	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
		.builder(RenewalEngine.withCoverage(events))
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final String ACT = "Council Decision (CFSP) 2027/412";

	static final LocalDateTime ADOPTION_DAY = LocalDateTime.of(2027, 2, 20, 11, 0);

	RenewalDriver renewal;

	@BeforeEach
	void startEngine() {
		BpmnAwareTests.init(extension.getProcessEngine());
		this.renewal = new RenewalDriver(extension.getProcessEngine());
	}

	@AfterEach
	void checkEventsAndResetClock() {
		assertThat(events.published()).allSatisfy((event) -> {
			assertThat(RecordingRenewalEvents.violations(event)).isEmpty();
			assertThat(event.subject()).isEqualTo(RENEWAL_ID);
		});
		events.clear();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void extendsWhenEveryStateSupports() {
		this.renewal.start();
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.REVIEW.key());
		this.renewal.reviewExtendingAsIs();
		assertThat(this.renewal.openDeskTasks()).isEqualTo(27);
		this.renewal.answerThroughKafka(LT, Position.SUPPORT, "lt-desk-system");
		this.renewal.everyStateAnswers(Position.SUPPORT, LT);
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RECORD_ADOPTION.key());
		assertThat(this.renewal.openDeskTasks()).as("desks may revise until the adoption is recorded").isEqualTo(27);

		adopt();

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.types()).containsExactly("RenewalStarted", "ReviewCompleted", "PositionsRequested",
				"VetoRiskAssessed", "PositionRecorded x27", "VetoRiskAssessed", "ExtensionAdopted", "RenewalCompleted");
		RenewalStarted started = events.last(RenewalStarted.class);
		assertThat(started.proposedNewExpiry()).isEqualTo(LocalDate.of(2028, 2, 28));
		assertThat(started.startedBy()).isEqualTo("registry");
		ReviewCompleted review = events.last(ReviewCompleted.class);
		assertThat(review.positionDeadline()).isEqualTo(DEADLINE);
		assertThat(review.reviewedBy()).isEqualTo(RenewalDriver.STAFF);
		assertThat(events.last(PositionsRequested.class).states()).hasSize(27);
		assertThat(events.published(VetoRiskAssessed.class))
			.extracting(VetoRiskAssessed::level, VetoRiskAssessed::trigger)
			.containsExactly(tuple(RiskLevel.LOW, VetoRiskAssessed.Trigger.POSITIONS_REQUESTED),
					tuple(RiskLevel.NONE, VetoRiskAssessed.Trigger.POSITION));
		PositionRecorded fromKafka = events.published(PositionRecorded.class).get(0);
		assertThat(fromKafka.channel()).isEqualTo(SubmissionChannel.KAFKA);
		assertThat(fromKafka.submittedBy()).isEqualTo("lt-desk-system");
		assertThat(events.published(PositionRecorded.class).get(1).channel()).isEqualTo(SubmissionChannel.TASKLIST);
		ExtensionAdopted adopted = events.last(ExtensionAdopted.class);
		assertThat(adopted.outcome()).isEqualTo(RenewalOutcome.EXTENDED);
		assertThat(adopted.previousExpiry()).isEqualTo(EXPIRY_DATE);
		assertThat(adopted.newExpiry()).isEqualTo(LocalDate.of(2028, 2, 28));
		assertThat(adopted.recordedBy()).isEqualTo(RenewalDriver.STAFF);
		assertThat(events.last(RenewalCompleted.class).actReference()).isEqualTo(ACT);
	}

	@Test
	void extendsWhenOneStateAbstainsPlainly() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.answer(HU, Position.ABSTAIN);
		this.renewal.everyStateAnswers(Position.SUPPORT, HU);

		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RECORD_ADOPTION.key());
		assertThat(events.last(VetoRiskAssessed.class).level()).isEqualTo(RiskLevel.NONE);
		assertThat(events.last(VetoRiskAssessed.class).counts().abstain()).isEqualTo(1);
	}

	@Test
	void extendsWhenOneStateAbstainsConstructivelyWithItsDeclaration() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		assertThatThrownBy(() -> this.renewal.answer(HU, Position.CONSTRUCTIVE_ABSTENTION))
			.hasRootCauseInstanceOf(RejectedTaskInput.class)
			.hasMessageContaining("The declaration of a constructive abstention is required.");
		this.renewal.answer(HU, Position.CONSTRUCTIVE_ABSTENTION, null, "Hungary abstains under Art. 31(1) TEU.");
		this.renewal.everyStateAnswers(Position.SUPPORT, HU);

		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RECORD_ADOPTION.key());
		VetoRiskAssessed risk = events.last(VetoRiskAssessed.class);
		assertThat(risk.level()).isEqualTo(RiskLevel.NONE);
		assertThat(risk.counts().constructiveAbstention()).isEqualTo(1);
		assertThat(risk.constructiveAbstentionsBlock()).isFalse();
	}

	@Test
	void keepsTheDeclarationOfAConstructiveAbstentionGivenInTheTasklistForm() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();

		this.renewal.completeDeskTask(HU, Map.of(RenewalProcess.Variables.POSITION, "CONSTRUCTIVE_ABSTENTION",
				RenewalProcess.Variables.DECLARATION, "Hungary abstains under Art. 31(1) TEU."));
		assertThat(events.last(PositionRecorded.class).justification())
			.isEqualTo("Hungary abstains under Art. 31(1) TEU.");
		this.renewal.completeDeskTask(HU, Map.of(RenewalProcess.Variables.POSITION, "CONSTRUCTIVE_ABSTENTION",
				RenewalProcess.Variables.JUSTIFICATION, "Declaration as the desk system sends it",
				RenewalProcess.Variables.CHANNEL, "KAFKA", RenewalProcess.Variables.SUBMITTED_BY, "hu-desk-system"));

		assertThat(events.last(PositionRecorded.class).justification())
			.as("the form's declaration was the last answer's only")
			.isEqualTo("Declaration as the desk system sends it");
	}

	@Test
	void negotiatesWhenConstructiveAbstentionsFormABlockingMinorityAndStaffAcceptTheLapse() {
		List<MemberState> abstainers = List.of(DE, FR, IT, ES, PL, RO, NL, BE, EL);
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.everyStateAnswers(Position.SUPPORT, abstainers.toArray(MemberState[]::new));
		abstainers.forEach((state) -> this.renewal.answer(state, Position.CONSTRUCTIVE_ABSTENTION, null,
				"Declaration under Art. 31(1) TEU"));

		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.NEGOTIATE.key());
		VetoRiskAssessed blocked = events.last(VetoRiskAssessed.class);
		assertThat(blocked.level()).isEqualTo(RiskLevel.BLOCKED);
		assertThat(blocked.constructiveAbstentionsBlock()).isTrue();
		assertThat(blocked.blockingStates()).containsExactlyInAnyOrderElementsOf(abstainers);
		assertThat(events.last(NegotiationOpened.class).blockingStates())
			.containsExactlyInAnyOrderElementsOf(abstainers);

		this.renewal.complete(RenewalTask.NEGOTIATE, Map.of(NEGOTIATION_DECISION, "ACCEPT_LAPSE", LAPSE_JUSTIFICATION,
				"The blocking minority will not move before the expiry."));

		assertThat(this.renewal.instance()).isEnded();
		RenewalLapsed lapsed = events.last(RenewalLapsed.class);
		assertThat(lapsed.reason()).isEqualTo(RenewalLapsed.Reason.LAPSE_ACCEPTED);
		assertThat(lapsed.lapsesOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(lapsed.blockingStates()).containsExactlyInAnyOrderElementsOf(abstainers);
		assertThat(lapsed.justification()).contains("blocking minority");
	}

	@Test
	void negotiatesDelistingsAsksTheOpposingStateAgainAndAdopts() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.answer(HU, Position.OPPOSE, null, "Unless EU.4321.12 is delisted");
		this.renewal.everyStateAnswers(Position.SUPPORT, HU);
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.NEGOTIATE.key());
		assertThat(this.renewal.variable(STATES_TO_ASK)).isEqualTo("HU");
		assertThat(events.last(NegotiationOpened.class).level()).isEqualTo(RiskLevel.BLOCKED);

		RenewalDriver.clockAt(LocalDateTime.of(2027, 2, 1, 10, 0));
		this.renewal.negotiateAskingAgain("REMOVE EU.4321.12 | Aliaksandr Zaitsau | delisting requested by HU", "HU",
				LocalDate.of(2027, 2, 20));
		PositionsRequested second = events.last(PositionsRequested.class);
		assertThat(second.round()).isEqualTo(2);
		assertThat(second.states()).containsExactly(HU);
		assertThat(second.amendments()).singleElement()
			.satisfies((amendment) -> assertThat(amendment.action()).isEqualTo(ListingAction.REMOVE));
		assertThat(this.renewal.openDeskTasks()).isEqualTo(1);
		this.renewal.answer(HU, Position.SUPPORT);
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RECORD_ADOPTION.key());

		adopt();

		assertThat(events.types()).containsSubsequence("NegotiationOpened", "PositionsRequested", "PositionRecorded",
				"VetoRiskAssessed", "ExtensionAdopted", "RenewalCompleted");
		assertThat(events.last(VetoRiskAssessed.class).level()).isEqualTo(RiskLevel.NONE);
		assertThat(events.last(PositionRecorded.class).round()).isEqualTo(2);
		assertThat(events.last(ExtensionAdopted.class).outcome()).isEqualTo(RenewalOutcome.EXTENDED_WITH_AMENDMENTS);
		assertThat(events.last(ExtensionAdopted.class).amendments()).hasSize(1);
		assertThat(events.last(RenewalCompleted.class).outcome()).isEqualTo(RenewalOutcome.EXTENDED_WITH_AMENDMENTS);
	}

	@Test
	void lapsesWhenAVetoStandsUntilTheExpiry() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.answer(HU, Position.OPPOSE);
		this.renewal.everyStateAnswers(Position.SUPPORT, HU);
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.NEGOTIATE.key());

		this.renewal.passTime(LocalDateTime.of(2027, 2, 28, 23, 59));
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.NEGOTIATE.key());
		this.renewal.passTime(LocalDateTime.of(2027, 3, 1, 0, 0));

		assertThat(this.renewal.instance()).isEnded();
		RenewalLapsed lapsed = events.last(RenewalLapsed.class);
		assertThat(lapsed.reason()).isEqualTo(RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION);
		assertThat(lapsed.expiry()).isEqualTo(EXPIRY_DATE);
		assertThat(lapsed.lapsesOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(lapsed.blockingStates()).containsExactly(HU);
		assertThat(extension.getProcessEngine().getTaskService().createTaskQuery().count()).isZero();
	}

	@Test
	void remindsSilentStatesAndCountsThemAsNoResponseAtTheDeadline() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.everyStateAnswers(Position.SUPPORT, CY, LU, MT);

		this.renewal.passTime(LocalDateTime.of(2027, 2, 11, 8, 59));
		assertThat(events.published(ReminderDue.class)).isEmpty();
		this.renewal.passTime(LocalDateTime.of(2027, 2, 11, 9, 0));
		ReminderDue reminder = events.last(ReminderDue.class);
		assertThat(reminder.silentStates()).containsExactly(CY, LU, MT);
		assertThat(reminder.deadline()).isEqualTo(DEADLINE);
		// Every asked state keeps its task until the deadline, to answer or to revise.
		assertThat(this.renewal.openDeskTasks()).isEqualTo(27);

		this.renewal.answer(CY, Position.SUPPORT);
		this.renewal.passTime(LocalDateTime.of(2027, 2, 14, 23, 59));
		assertThat(this.renewal.variable(RenewalProcess.Variables.AWAITED_STATES)).isEqualTo("LU,MT");
		this.renewal.passTime(LocalDateTime.of(2027, 2, 15, 0, 0));

		assertThat(this.renewal.openDeskTasks()).isZero();
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RECORD_ADOPTION.key());
		VetoRiskAssessed atDeadline = events.last(VetoRiskAssessed.class);
		assertThat(atDeadline.trigger()).isEqualTo(VetoRiskAssessed.Trigger.DEADLINE);
		assertThat(atDeadline.level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(atDeadline.counts().silent()).isEqualTo(2);
		assertThat(atDeadline.reasons()).anyMatch((reason) -> reason.contains("gave no response by the deadline"));
	}

	@Test
	void remindsNoOneOfARoundAskedAfterItsReminderTime() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.answer(HU, Position.OPPOSE);
		this.renewal.everyStateAnswers(Position.SUPPORT, HU);

		RenewalDriver.clockAt(LocalDateTime.of(2027, 2, 18, 10, 0));
		this.renewal.negotiateAskingAgain("", "HU", LocalDate.of(2027, 2, 20));
		this.renewal.runDueJobs();

		assertThat(
				extension.getProcessEngine().getManagementService().createJobQuery().activityId("reminderDue").count())
			.as("the reminder fell due at once and sent nothing")
			.isZero();
		assertThat(events.published(ReminderDue.class)).isEmpty();
		assertThat(this.renewal.deskTask(HU)).isNotNull();
	}

	@Test
	void countsTheLatestPositionAndRefusesOneAfterTheDeadline() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.answer(LT, Position.SUPPORT);
		this.renewal.answer(LT, Position.OPPOSE);
		assertThatThrownBy(() -> this.renewal.answer(LT, Position.SUPPORT_WITH_CONDITIONS))
			.hasRootCauseInstanceOf(RejectedTaskInput.class)
			.hasMessageContaining("The conditions of a support with conditions is required.");
		this.renewal.answer(LT, Position.SUPPORT_WITH_CONDITIONS, "A statement on energy security", null);

		List<PositionRecorded> lithuania = events.published(PositionRecorded.class);
		assertThat(lithuania).extracting(PositionRecorded::position, PositionRecorded::previousPosition)
			.containsExactly(tuple(Position.SUPPORT, null), tuple(Position.OPPOSE, Position.SUPPORT),
					tuple(Position.SUPPORT_WITH_CONDITIONS, Position.OPPOSE));
		assertThat(events.published(VetoRiskAssessed.class)).extracting(VetoRiskAssessed::level)
			.containsExactly(RiskLevel.LOW, RiskLevel.BLOCKED, RiskLevel.HIGH);

		RenewalDriver.clockAt(LocalDateTime.of(2027, 2, 15, 0, 0, 1));
		assertThatThrownBy(() -> this.renewal.answer(PL, Position.SUPPORT))
			.hasRootCauseInstanceOf(PositionAfterDeadline.class)
			.hasMessageContaining("The deadline (2027-02-14) has passed");
		this.renewal.runDueJobs();

		assertThat(this.renewal.openDeskTasks()).isZero();
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.NEGOTIATE.key());
		assertThat(events.last(NegotiationOpened.class).conditions()).singleElement()
			.satisfies((conditions) -> assertThat(conditions.state()).isEqualTo(LT));
	}

	@Test
	void takesTheAdoptionAwayAndNegotiatesWhenAStateRevisesToOpposeBeforeTheDeadline() {
		unanimousRound();
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RECORD_ADOPTION.key());
		events.clear();

		RenewalDriver.clockAt(LocalDateTime.of(2027, 2, 10, 10, 0));
		this.renewal.answer(HU, Position.OPPOSE, null, "Unless EU.4321.12 is delisted");

		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.NEGOTIATE.key());
		assertThat(this.renewal.instance()).isNotWaitingAt(RenewalTask.RECORD_ADOPTION.key());
		assertThat(this.renewal.openDeskTasks()).isZero();
		assertThat(events.types()).containsExactly("PositionRecorded", "VetoRiskAssessed", "NegotiationOpened");
		assertThat(events.last(PositionRecorded.class).previousPosition()).isEqualTo(Position.SUPPORT);
		VetoRiskAssessed blocked = events.last(VetoRiskAssessed.class);
		assertThat(blocked.level()).isEqualTo(RiskLevel.BLOCKED);
		assertThat(blocked.previousLevel()).isEqualTo(RiskLevel.NONE);
		assertThat(blocked.trigger()).isEqualTo(VetoRiskAssessed.Trigger.POSITION);
		assertThat(events.last(NegotiationOpened.class).blockingStates()).containsExactly(HU);
		assertThat(this.renewal.variable(STATES_TO_ASK)).isEqualTo("HU");
	}

	@Test
	void takesTheAdoptionAwayWhenAStateAttachesConditionsBeforeTheDeadline() {
		unanimousRound();

		this.renewal.answer(AT, Position.SUPPORT_WITH_CONDITIONS, "A statement on energy security", null);

		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.NEGOTIATE.key());
		assertThat(events.last(VetoRiskAssessed.class).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(events.last(NegotiationOpened.class).conditions()).singleElement()
			.satisfies((conditions) -> assertThat(conditions.state()).isEqualTo(AT));
	}

	@Test
	void keepsTheAdoptionOpenWhenARevisionLeavesUnanimityInReach() {
		unanimousRound();
		String adoptionTask = this.renewal.task(RenewalTask.RECORD_ADOPTION).getId();
		events.clear();

		this.renewal.answer(HU, Position.ABSTAIN);
		this.renewal.answer(HU, Position.CONSTRUCTIVE_ABSTENTION, null, "Hungary abstains under Art. 31(1) TEU.");

		assertThat(this.renewal.task(RenewalTask.RECORD_ADOPTION).getId()).isEqualTo(adoptionTask);
		assertThat(this.renewal.openDeskTasks()).isEqualTo(27);
		assertThat(events.types()).as("one event per revision, no change of level")
			.containsExactly("PositionRecorded x2");
		assertThat(events.published(PositionRecorded.class))
			.extracting(PositionRecorded::position, PositionRecorded::previousPosition)
			.containsExactly(tuple(Position.ABSTAIN, Position.SUPPORT),
					tuple(Position.CONSTRUCTIVE_ABSTENTION, Position.ABSTAIN));
	}

	@Test
	void closesTheDeskTasksWhenTheAdoptionIsRecordedAndRefusesLaterPositions() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY.minusDays(10));

		this.renewal.recordAdoption(ACT, ADOPTION_DAY.minusDays(10).toLocalDate());

		assertThat(this.renewal.instance()).isWaitingAt("registryAnswer");
		assertThat(this.renewal.openDeskTasks()).isZero();
		assertThat(this.renewal.deskTask(HU)).as("no task takes a position once the adoption is recorded").isNull();
		assertThat(extension.getProcessEngine().getManagementService().createJobQuery().timers().list())
			.extracting(Job::getJobDefinitionId)
			.as("the deadline and reminder timers are gone; only the registry's timeout runs")
			.hasSize(1);
		assertThat(events.last(ExtensionAdopted.class).actReference()).isEqualTo(ACT);
	}

	@Test
	void keepsTheAdoptionOpenWhenTheDeadlinePasses() {
		unanimousRound();
		String adoptionTask = this.renewal.task(RenewalTask.RECORD_ADOPTION).getId();
		events.clear();

		this.renewal.passTime(LocalDateTime.of(2027, 2, 15, 0, 0));

		assertThat(this.renewal.task(RenewalTask.RECORD_ADOPTION).getId()).isEqualTo(adoptionTask);
		assertThat(this.renewal.openDeskTasks()).isZero();
		assertThat(events.published()).as("the risk did not change: no event").isEmpty();
		assertThatThrownBy(() -> this.renewal.answer(HU, Position.OPPOSE))
			.hasMessageContaining("No open position task");

		adopt();
		assertThat(this.renewal.instance()).isEnded();
	}

	@Test
	void endsWhenStaffRecommendLettingTheMeasuresLapse() {
		this.renewal.start();
		assertThatThrownBy(() -> this.renewal.complete(RenewalTask.REVIEW, Map.of(RECOMMENDATION, "LET_LAPSE")))
			.hasRootCauseInstanceOf(RejectedTaskInput.class)
			.hasMessageContaining("A justification for letting the measures lapse is required.");
		this.renewal.complete(RenewalTask.REVIEW, Map.of(RECOMMENDATION, "LET_LAPSE",
				RenewalProcess.Variables.LET_LAPSE_JUSTIFICATION, "The package is replaced by the new regime."));

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.types()).containsExactly("RenewalStarted", "ReviewCompleted", "RenewalLapsed");
		ReviewCompleted review = events.last(ReviewCompleted.class);
		assertThat(review.recommendation()).isEqualTo(Recommendation.LET_LAPSE);
		assertThat(review.proposedNewExpiry()).isNull();
		assertThat(events.last(RenewalLapsed.class).reason()).isEqualTo(RenewalLapsed.Reason.LAPSE_RECOMMENDED);
		assertThat(events.last(RenewalLapsed.class).justification()).contains("replaced");
	}

	@Test
	void endsWhenStaffWithdrawTheRenewal() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.answer(LT, Position.SUPPORT);

		this.renewal.withdraw("The package is replaced by EU-BLR-2", RenewalDriver.STAFF);

		assertThat(this.renewal.instance()).isEnded();
		assertThat(this.renewal.openDeskTasks()).isZero();
		assertThat(extension.getProcessEngine().getManagementService().createJobQuery().count()).isZero();
		RenewalWithdrawn withdrawn = events.last(RenewalWithdrawn.class);
		assertThat(withdrawn.reason()).isEqualTo("The package is replaced by EU-BLR-2");
		assertThat(withdrawn.withdrawnBy()).isEqualTo(RenewalDriver.STAFF);
	}

	@Test
	void raisesTheRiskWhenAPressureSignalArrivesWithoutStoppingAnything() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.answer(LT, Position.SUPPORT);

		this.renewal.signal(SignalSeverity.HIGH, "TRUCKS_HELD", LT, PL);

		assertThat(events.last(SignalRecorded.class).statesConcerned()).containsExactly(LT, PL);
		VetoRiskAssessed raised = events.last(VetoRiskAssessed.class);
		assertThat(raised.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(raised.previousLevel()).isEqualTo(RiskLevel.LOW);
		assertThat(raised.trigger()).isEqualTo(VetoRiskAssessed.Trigger.SIGNAL);
		assertThat(raised.strongestSignal()).isEqualTo(SignalSeverity.HIGH);
		assertThat(raised.waveringStates()).contains(LT, PL);
		assertThat(this.renewal.openDeskTasks()).isEqualTo(27);

		this.renewal.signal(SignalSeverity.LOW, "BALLOONS", LT);
		assertThat(events.published(SignalRecorded.class)).hasSize(2);
		assertThat(events.published(VetoRiskAssessed.class)).hasSize(2);
		assertThat(this.renewal.variable(RenewalProcess.Variables.STRONGEST_PRESSURE)).isEqualTo("HIGH");
	}

	@Test
	void assessesNoSignalOnceTheAdoptionIsRecorded() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());
		events.clear();

		boolean taken = this.renewal.signal(SignalSeverity.CRITICAL, "BORDER_CLOSED", LT, PL);

		assertThat(taken).isFalse();
		assertThat(events.published()).as("no signal-recorded, no veto-risk-assessed").isEmpty();
		assertThat(this.renewal.variable(RenewalProcess.Variables.STRONGEST_PRESSURE)).isNull();
		assertThat(this.renewal.instance()).isWaitingAt("registryAnswer");
	}

	@Test
	void assessesASignalWhileStaffAreOfferedTheAdoption() {
		unanimousRound();

		assertThat(this.renewal.signal(SignalSeverity.HIGH, "TRUCKS_HELD", LT, PL)).isTrue();

		assertThat(events.last(VetoRiskAssessed.class).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(this.renewal.instance()).as("a signal stops nothing").isWaitingAt(RenewalTask.RECORD_ADOPTION.key());
	}

	@Test
	void refusesAWithdrawalOnceTheAdoptionIsRecorded() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());

		assertThatThrownBy(() -> this.renewal.withdraw("Replaced by EU-BLR-2", RenewalDriver.STAFF))
			.isInstanceOf(MismatchingMessageCorrelationException.class);

		assertThat(events.published(RenewalWithdrawn.class)).isEmpty();
		assertThat(this.renewal.instance()).isWaitingAt("registryAnswer");
		this.renewal.registryConfirms();
		assertThat(events.last(RenewalCompleted.class).outcome()).isEqualTo(RenewalOutcome.EXTENDED);
	}

	@Test
	void assessesASignalReceivedBeforePositionsAreRequested() {
		this.renewal.start();
		this.renewal.signal(SignalSeverity.CRITICAL, "BORDER_CLOSED", LT, PL);

		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.REVIEW.key());
		VetoRiskAssessed first = events.last(VetoRiskAssessed.class);
		assertThat(first.round()).isZero();
		assertThat(first.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(first.previousLevel()).isNull();
	}

	@Test
	void resendsACorrectedAdoptionWhenTheRegistryRefusesIt() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption("Council Decision (CFSP) 2027/41", ADOPTION_DAY.toLocalDate());
		this.renewal.registryRefuses("EXPIRY_MISMATCH", "The registry holds another expiry");
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RESOLVE_REGISTRY_REFUSAL.key());

		assertThatThrownBy(() -> this.renewal.complete(RenewalTask.RESOLVE_REGISTRY_REFUSAL,
				Map.of(REFUSAL_DECISION, "RESEND", RenewalProcess.Variables.ADOPTION_DATE, "2027-03-05")))
			.hasRootCauseInstanceOf(RejectedTaskInput.class)
			.hasMessageContaining("cannot be in the future");
		this.renewal.complete(RenewalTask.RESOLVE_REGISTRY_REFUSAL,
				Map.of(REFUSAL_DECISION, "RESEND", RenewalProcess.Variables.ACT_REFERENCE, ACT,
						RenewalProcess.Variables.ADOPTION_DATE, ADOPTION_DAY.toLocalDate().toString()));
		this.renewal.registryConfirms();

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.published(ExtensionAdopted.class)).extracting(ExtensionAdopted::actReference)
			.containsExactly("Council Decision (CFSP) 2027/41", ACT);
		assertThat(events.last(RenewalCompleted.class).actReference()).isEqualTo(ACT);
	}

	@Test
	void endsTheRenewalWhenStaffGiveUpAfterTheRegistrysRefusal() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());
		this.renewal.registryRefuses("PACKAGE_NOT_ACTIVE", "The package was repealed");

		this.renewal.complete(RenewalTask.RESOLVE_REGISTRY_REFUSAL,
				Map.of(REFUSAL_DECISION, "END", WITHDRAWAL_REASON, "The package was repealed meanwhile"));

		assertThat(this.renewal.instance()).isEnded();
		RenewalWithdrawn withdrawn = events.last(RenewalWithdrawn.class);
		assertThat(withdrawn.reason()).isEqualTo("The package was repealed meanwhile");
		assertThat(withdrawn.withdrawnBy()).isEqualTo(RenewalDriver.STAFF);
	}

	@Test
	void asksStaffWhenTheRegistryDoesNotConfirmInTime() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());

		this.renewal.passTime(ADOPTION_DAY.plusDays(3));
		this.renewal.complete(RenewalTask.CHASE_REGISTRY, Map.of(OVERDUE_DECISION, "WAIT"));
		assertThat(this.renewal.instance()).isWaitingAt("registryAnswer");
		this.renewal.passTime(ADOPTION_DAY.plusDays(6));
		this.renewal.complete(RenewalTask.CHASE_REGISTRY, Map.of(OVERDUE_DECISION, "RESEND"));
		this.renewal.registryConfirms();

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.published(ExtensionAdopted.class)).hasSize(2);
		assertThat(events.last(RenewalCompleted.class).outcome()).isEqualTo(RenewalOutcome.EXTENDED);
	}

	@Test
	void completesWhenTheRegistryConfirmsWhileStaffChaseIt() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());
		this.renewal.passTime(ADOPTION_DAY.plusDays(3));
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.CHASE_REGISTRY.key());

		this.renewal.registryConfirms();

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.published(ExtensionAdopted.class)).as("no second extension-adopted").hasSize(1);
		assertThat(events.last(RenewalCompleted.class).actReference()).isEqualTo(ACT);
		assertThat(extension.getProcessEngine().getTaskService().createTaskQuery().count()).isZero();
	}

	@Test
	void completesWhenTheRegistryConfirmsWhileStaffResolveItsRefusal() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());
		this.renewal.registryRefuses("DUPLICATE", "Already applied");
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RESOLVE_REGISTRY_REFUSAL.key());

		this.renewal.registryConfirms();

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.types()).endsWith("ExtensionAdopted", "RenewalCompleted");
		assertThat(events.published(RenewalWithdrawn.class)).isEmpty();
		assertThat(extension.getProcessEngine().getTaskService().createTaskQuery().count()).isZero();
	}

	@Test
	void hearsARefusalWhileStaffChaseTheRegistry() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());
		this.renewal.passTime(ADOPTION_DAY.plusDays(3));

		this.renewal.registryRefuses("EXPIRY_MISMATCH", "The registry holds another expiry");

		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.RESOLVE_REGISTRY_REFUSAL.key());
		assertThat(extension.getProcessEngine()
			.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey(RenewalTask.CHASE_REGISTRY.key())
			.count()).isZero();
	}

	@Test
	void asksStaffWhetherTheCouncilAdoptedWhenTheExpiryPassesBeforeTheAdoptionIsRecorded() {
		unanimousRound();

		this.renewal.passTime(LocalDateTime.of(2027, 3, 1, 0, 0));

		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.CONFIRM_ADOPTION_AT_EXPIRY.key());
		assertThat(this.renewal.task(RenewalTask.CONFIRM_ADOPTION_AT_EXPIRY).getPriority()).as("urgent").isEqualTo(100);
		assertThat(events.published(RenewalLapsed.class)).as("no lapse reaches the banks while staff answer").isEmpty();
		RenewalDriver.clockAt(LocalDateTime.of(2027, 3, 1, 9, 0));
		assertThatThrownBy(() -> this.renewal.complete(RenewalTask.CONFIRM_ADOPTION_AT_EXPIRY,
				Map.of(ADOPTED_BY_EXPIRY, "ADOPTED", RenewalProcess.Variables.ACT_REFERENCE, ACT,
						RenewalProcess.Variables.ADOPTION_DATE, "2027-03-01")))
			.hasRootCauseInstanceOf(RejectedTaskInput.class)
			.hasMessageContaining("is after the expiry");
		this.renewal.complete(RenewalTask.CONFIRM_ADOPTION_AT_EXPIRY, Map.of(ADOPTED_BY_EXPIRY, "ADOPTED",
				RenewalProcess.Variables.ACT_REFERENCE, ACT, RenewalProcess.Variables.ADOPTION_DATE, "2027-02-26"));

		ExtensionAdopted adopted = events.last(ExtensionAdopted.class);
		assertThat(adopted.adoptionDate()).isEqualTo(LocalDate.of(2027, 2, 26));
		assertThat(adopted.recordedBy()).isEqualTo(RenewalDriver.STAFF);
		assertThat(this.renewal.instance()).isWaitingAt("registryAnswer");
		this.renewal.registryConfirms();
		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.published(RenewalLapsed.class)).isEmpty();
		assertThat(events.last(RenewalCompleted.class).actReference()).isEqualTo(ACT);
	}

	@Test
	void lapsesAtTheExpiryWhenStaffSayTheCouncilDidNotAdoptInTime() {
		unanimousRound();
		this.renewal.passTime(LocalDateTime.of(2027, 3, 1, 0, 0));

		this.renewal.complete(RenewalTask.CONFIRM_ADOPTION_AT_EXPIRY, Map.of(ADOPTED_BY_EXPIRY, "NOT_ADOPTED"));

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.last(RenewalLapsed.class).reason()).isEqualTo(RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION);
		assertThat(events.last(RenewalLapsed.class).blockingStates()).isEmpty();
		assertThat(events.published(ExtensionAdopted.class)).isEmpty();
	}

	@Test
	void lapsesAtTheExpiryWhenARevisionTookTheAdoptionAway() {
		unanimousRound();
		RenewalDriver.clockAt(LocalDateTime.of(2027, 2, 10, 10, 0));
		this.renewal.answer(HU, Position.OPPOSE);

		this.renewal.passTime(LocalDateTime.of(2027, 3, 1, 0, 0));

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.last(RenewalLapsed.class).blockingStates()).containsExactly(HU);
	}

	@Test
	void lapsesAtTheExpiryWhileStaffStillReview() {
		this.renewal.start();

		this.renewal.passTime(LocalDateTime.of(2027, 3, 1, 0, 0));

		assertThat(this.renewal.instance()).isEnded();
		assertThat(events.last(RenewalLapsed.class).reason()).isEqualTo(RenewalLapsed.Reason.EXPIRED_WITHOUT_ADOPTION);
	}

	@Test
	void cannotLapseOnceTheAdoptionIsRecorded() {
		unanimousRound();
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());

		this.renewal.passTime(LocalDateTime.of(2027, 3, 1, 0, 0));
		this.renewal.complete(RenewalTask.CHASE_REGISTRY, Map.of(OVERDUE_DECISION, "WAIT"));

		assertThat(events.published(RenewalLapsed.class)).isEmpty();
		assertThat(this.renewal.instance()).isWaitingAt("registryAnswer");
	}

	@Test
	void refusesAReviewThatBreaksTheRules() {
		this.renewal.start();
		RenewalDriver.clockAt(LocalDateTime.of(2027, 1, 10, 9, 0));

		assertThatThrownBy(() -> this.renewal.complete(RenewalTask.REVIEW,
				Map.of(RECOMMENDATION, "EXTEND", RenewalProcess.Variables.PROPOSED_NEW_EXPIRY, "2027-01-31",
						RenewalProcess.Variables.POSITION_DEADLINE, "2027-01-05")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("must be after the current expiry (2027-02-28)")
			.hasMessageContaining("must be after today (2027-01-10)");
		assertThat(this.renewal.instance()).isWaitingAt(RenewalTask.REVIEW.key());
		assertThat(events.published(ReviewCompleted.class)).isEmpty();
	}

	private void unanimousRound() {
		this.renewal.start();
		this.renewal.reviewExtendingAsIs();
		this.renewal.everyStateAnswers(Position.SUPPORT);
	}

	private void adopt() {
		RenewalDriver.clockAt(ADOPTION_DAY);
		this.renewal.recordAdoption(ACT, ADOPTION_DAY.toLocalDate());
		assertThat(this.renewal.instance()).isWaitingAt("registryAnswer");
		this.renewal.registryConfirms();
	}

}
