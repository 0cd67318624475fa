package eu.sanctions.processes.renewal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.renewal.PositionCounts;

import static eu.sanctions.events.MemberState.HU;
import static eu.sanctions.events.MemberState.LT;
import static eu.sanctions.events.MemberState.PL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionBookTest {

	private static final Instant AT = Instant.parse("2027-02-01T10:00:00Z");

	private final Unanimity unanimity = new Unanimity(Populations.eurostat2025());

	@Test
	void countsEveryStateSilentBeforeItAnswers() {
		PositionBook book = PositionBook.empty().openRound(EnumSet.allOf(MemberState.class));

		assertThat(book.counts()).isEqualTo(new PositionCounts(0, 0, 0, 0, 0, 27));
		assertThat(book.awaited()).hasSize(27);
		assertThat(book.everyAskedStateAnswered()).isFalse();
	}

	@Test
	void keepsTheLatestAnswerOfARoundAndSaysWhatItRevised() {
		PositionBook book = PositionBook.empty().openRound(EnumSet.allOf(MemberState.class));

		PositionBook.Recorded first = book.record(position(LT, 1, Position.SUPPORT));
		PositionBook.Recorded revised = first.book().record(position(LT, 1, Position.OPPOSE));

		assertThat(first.firstInRound()).isTrue();
		assertThat(first.previousInRound()).isNull();
		assertThat(revised.firstInRound()).isFalse();
		assertThat(revised.previousInRound()).isEqualTo(Position.SUPPORT);
		assertThat(revised.book().standingPositions()).containsEntry(LT, Position.OPPOSE);
		assertThat(revised.book().counts().oppose()).isEqualTo(1);
		assertThat(revised.book().awaited()).hasSize(26).doesNotContain(LT);
	}

	@Test
	void keepsEarlierPositionsOfStatesNotAskedAgainAndOfAskedStatesUntilTheyAnswer() {
		PositionBook round1 = answeredByAll(Position.SUPPORT, HU, Position.OPPOSE).close();

		PositionBook round2 = round1.openRound(Set.of(HU));

		assertThat(round2.round()).isEqualTo(2);
		assertThat(round2.awaited()).containsExactly(HU);
		assertThat(round2.standingPositions()).containsEntry(HU, Position.OPPOSE).containsEntry(LT, Position.SUPPORT);
		PositionBook.Recorded withdrawn = round2.record(position(HU, 2, Position.SUPPORT));
		assertThat(withdrawn.previousInRound()).isNull();
		assertThat(withdrawn.book().everyAskedStateAnswered()).isTrue();
		assertThat(withdrawn.book().counts()).isEqualTo(new PositionCounts(27, 0, 0, 0, 0, 0));
		assertThat(withdrawn.book().inRound(HU, 1)).get()
			.extracting(StatePosition::position)
			.isEqualTo(Position.OPPOSE);
	}

	@Test
	void countsTheSilentAsNoResponse() {
		PositionBook book = PositionBook.empty().openRound(EnumSet.allOf(MemberState.class));
		book = book.record(position(LT, 1, Position.SUPPORT)).book().close();

		assertThat(book.isClosed()).isTrue();
		assertThat(book.silent()).hasSize(26);
		assertThat(book.standingPositions()).containsEntry(PL, Position.NO_RESPONSE);
		assertThat(book.counts().silent()).isEqualTo(26);
	}

	@Test
	void proposesToAskAgainTheConditionalAndTheOpposing() {
		PositionBook book = answeredByAll(Position.SUPPORT, HU, Position.OPPOSE);
		book = book
			.record(new StatePosition(LT, 1, Position.SUPPORT_WITH_CONDITIONS, "A statement on energy", null,
					SubmissionChannel.REST, "desk-LT", AT))
			.book();

		assertThat(book.toAskAgain(this.unanimity.on(book.standingPositions()))).containsExactlyInAnyOrder(HU, LT);
		assertThat(book.conditions()).containsEntry(LT, "A statement on energy");
	}

	@Test
	void refusesAnswersOutsideTheCurrentRound() {
		PositionBook round2 = answeredByAll(Position.SUPPORT, HU, Position.OPPOSE).close().openRound(Set.of(HU));

		assertThatThrownBy(() -> round2.record(position(LT, 2, Position.OPPOSE))).hasMessageContaining("not asked");
		assertThatThrownBy(() -> round2.record(position(HU, 1, Position.SUPPORT)))
			.hasMessageContaining("the current round is 2");
		assertThatThrownBy(() -> round2.close().record(position(HU, 2, Position.SUPPORT)))
			.hasMessageContaining("closed");
	}

	private static PositionBook answeredByAll(Position others, MemberState exception, Position its) {
		PositionBook book = PositionBook.empty().openRound(EnumSet.allOf(MemberState.class));
		for (MemberState state : MemberState.values()) {
			book = book.record(position(state, 1, (state == exception) ? its : others)).book();
		}
		return book;
	}

	private static StatePosition position(MemberState state, int round, Position position) {
		return new StatePosition(state, round, position, null, null, SubmissionChannel.TASKLIST, "desk-" + state, AT);
	}

}
