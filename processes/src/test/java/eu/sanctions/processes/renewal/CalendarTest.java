package eu.sanctions.processes.renewal;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The procedure's dates, in Brussels, across the changes of summer time. */
class CalendarTest {

	@ParameterizedTest(name = "expiry {0}: deadline {1}, measures lapse at {2}")
	@CsvSource(textBlock = """
			# expiry,  default deadline, lapses at (UTC)
			2027-02-28, 2027-02-14, 2027-02-28T23:00:00Z
			2026-07-31, 2026-07-17, 2026-07-31T22:00:00Z
			2027-03-15, 2027-03-01, 2027-03-15T23:00:00Z
			2028-02-29, 2028-02-15, 2028-02-29T23:00:00Z
			""")
	void derivesTheDefaultDeadlineAndTheLapseFromTheExpiry(LocalDate expiry, LocalDate deadline, Instant lapsesAt) {
		Expiry renewed = new Expiry(expiry);

		assertThat(renewed.defaultDeadline().date()).isEqualTo(deadline);
		assertThat(renewed.lapsesAt()).isEqualTo(lapsesAt);
		assertThat(renewed.lapsesOn()).isEqualTo(expiry.plusDays(1));
	}

	@ParameterizedTest(name = "expiry {0} + {1} months = {2}")
	@CsvSource(textBlock = """
			2026-02-28, 12, 2027-02-28
			2025-01-31,  6, 2025-07-31
			2025-07-31,  6, 2026-01-31
			2025-03-15,  6, 2025-09-15
			""")
	void proposesTheExpiryPlusTheCycle(LocalDate expiry, int months, LocalDate proposed) {
		assertThat(new Expiry(expiry).extendedBy(months)).isEqualTo(proposed);
	}

	@ParameterizedTest(name = "deadline {0}: reminder at {1}, closes at {2}")
	@CsvSource(textBlock = """
			# deadline, reminder (UTC),       closes (UTC)
			2027-02-14, 2027-02-11T08:00:00Z, 2027-02-14T23:00:00Z
			2027-03-29, 2027-03-26T08:00:00Z, 2027-03-29T22:00:00Z
			2026-10-26, 2026-10-23T07:00:00Z, 2026-10-26T23:00:00Z
			""")
	void remindsThreeDaysBeforeAndClosesWhenTheDeadlineDayEnds(LocalDate deadline, Instant reminder, Instant closes) {
		PositionDeadline positions = new PositionDeadline(deadline);

		assertThat(positions.reminderAt()).isEqualTo(reminder);
		assertThat(positions.closesAt()).isEqualTo(closes);
		assertThat(positions.acceptsPositionsAt(closes.minusSeconds(1))).isTrue();
		assertThat(positions.acceptsPositionsAt(closes)).isFalse();
	}

	@ParameterizedTest(name = "round asked at {0}: reminded = {1}")
	@CsvSource(textBlock = """
			2027-02-01T10:00:00Z, true
			2027-02-11T07:59:59Z, true
			2027-02-11T08:00:00Z, false
			2027-02-12T10:00:00Z, false
			""")
	void remindsOnlyARoundAskedBeforeItsReminder(Instant requestedAt, boolean reminded) {
		assertThat(new PositionDeadline(LocalDate.of(2027, 2, 14)).remindsRoundRequestedAt(requestedAt))
			.isEqualTo(reminded);
	}

}
