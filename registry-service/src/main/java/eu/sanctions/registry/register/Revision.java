package eu.sanctions.registry.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.Lists;

/**
 * One change of a package: the state after it, what changed, when it took effect, when it
 * was recorded and what caused it.
 * <p>
 * The <em>effective date</em> is the first day the new state is in force; the
 * <em>recorded</em> instant is when the register learned of it. They differ: an extension
 * recorded on 22 February may enter into force on the 23rd, a lapse recorded in January
 * takes effect the day after the expiry. {@code GET ...?asOf=D} answers with the last
 * revision effective on or before D.
 *
 * @param packageKey the package
 * @param number its revision number, from 1, also the version an {@code If-Match}
 * compares
 * @param effectiveDate the first day the state is in force (Europe/Brussels)
 * @param recordedAt when the register recorded it
 * @param cause the command or event that caused it
 * @param summary what happened, in words
 * @param changes what changed, before and after
 * @param state the package after the revision
 */
public record Revision(String packageKey, long number, LocalDate effectiveDate, Instant recordedAt, Cause cause,
		String summary, List<Change> changes, PackageState state) {

	public Revision {
		changes = Lists.copyOf(changes);
		if (number < 1) {
			throw new IllegalArgumentException("Revisions are numbered from 1");
		}
	}

	public boolean isFirst() {
		return this.number == 1;
	}

}
