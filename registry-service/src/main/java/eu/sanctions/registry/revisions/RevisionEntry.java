package eu.sanctions.registry.revisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.sanctions.registry.register.Change;

/**
 * A revision in a package's history, without the full state it led to.
 *
 * @param number the revision number
 * @param effectiveDate the first day it was in force
 * @param recordedAt when it was recorded
 * @param cause what caused it
 * @param causeEventId the id of the event that caused it, if any
 * @param summary what happened
 * @param changes what changed, before and after
 */
public record RevisionEntry(long number, LocalDate effectiveDate, Instant recordedAt, String cause, String causeEventId,
		String summary, List<Change> changes) {
}
