package eu.sanctions.notification.rules;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.testing.SampleEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the notifications: what a reader needs to act, and nothing it cannot. */
class NoticesTest {

	private static final String TASKLIST = "http://127.0.0.1:8080/camunda/app/tasklist/default/";

	private final Notices notices = new Notices(TASKLIST);

	@Test
	void givesDesksTheDeadlineAndALinkToTheirTasksOfTheRenewal() {
		Notice notice = of(SampleEvents.positionsRequested());
		assertThat(notice.title()).isEqualTo("EU-BLR: your position is requested by 2027-02-12");
		assertThat(notice.body()).contains("Round 1 of the renewal EU-BLR:2027-02-28")
			.contains("extending the measures to 2028-02-28, with 1 listing amendment")
			.contains("until 2027-02-12");
		assertThat(notice.link()).startsWith(TASKLIST + "#/?searchQuery=");
		assertThat(URLDecoder.decode(notice.link(), StandardCharsets.UTF_8)).endsWith(
				"[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"EU-BLR:2027-02-28\",\"name\":\"\"}]");
	}

	@Test
	void remindsDesksOfTheDeadlineWithTheSameLink() {
		Notice notice = of(SampleEvents.reminderDue());
		assertThat(notice.title()).isEqualTo("EU-BLR: your position is due by 2027-02-12");
		assertThat(notice.link()).isEqualTo(of(SampleEvents.positionsRequested()).link());
	}

	@Test
	void tellsStaffWhoBlocksAndWhatTheyAskFor() {
		assertThat(of(SampleEvents.vetoRiskAssessed()).title()).isEqualTo("EU-BLR: veto risk HIGH (was MEDIUM)");
		assertThat(of(SampleEvents.vetoRiskAssessed()).body()).contains("Blocking: HU. Wavering: SK.");
		assertThat(of(SampleEvents.negotiationOpened()).body())
			.contains("Conditions: HU: delist EU.2841.17; SK: statement on energy security.");
		assertThat(of(SampleEvents.registryUpdateRejected()).title())
			.isEqualTo("EU-BLR: the registry refused an update (EXPIRY_MISMATCH)");
	}

	@Test
	void tellsSubscribersTheOutcomeWithItsDates() {
		assertThat(of(SampleEvents.extensionAdopted()).title()).isEqualTo("EU-BLR: extension adopted until 2028-02-28");
		assertThat(of(SampleEvents.measuresExtended()).body()).contains("368 listings in force (369 before)")
			.contains("Removed: EU.2841.17. Added: none.");
		assertThat(of(SampleEvents.renewalLapsed()).title()).isEqualTo("EU-BLR: the measures lapse on 2027-03-01");
		assertThat(of(SampleEvents.renewalWithdrawn()).body()).contains("The measures in force are unchanged.");
		assertThat(of(SampleEvents.measuresLapsed()).title())
			.isEqualTo("EU-BLR: measures no longer in force since " + SampleEvents.measuresLapsed().lapsedOn());
		assertThat(of(SampleEvents.extensionAdopted()).link()).isNull();
	}

	@Test
	void cutsWordsToWhatTheInboxHolds() {
		Notice notice = new Notice("t".repeat(400), "b".repeat(5000), null);
		assertThat(notice.title()).hasSize(Notice.MAX_TITLE).endsWith("…");
		assertThat(notice.body()).hasSize(Notice.MAX_BODY);
	}

	private Notice of(SanctionsEvent event) {
		return this.notices.of(EventType.of(event), event);
	}

}
