package eu.sanctions.registry.revisions;

import java.time.Instant;
import java.time.LocalDate;

import eu.sanctions.events.PackageStatus;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.Revision;

/**
 * A package in a list: what it takes to choose one.
 *
 * @param key e.g. {@code EU-BLR}
 * @param title the regime's title
 * @param sanctionsMapId the Sanctions Map id, if any
 * @param status whether the measures are in force
 * @param expiry the current expiry, if any
 * @param reviewWindowDays the review window
 * @param revision the revision shown: the one in force
 * @param revisedAt when it was recorded
 */
public record PackageSummary(String key, String title, Integer sanctionsMapId, PackageStatus status, LocalDate expiry,
		int reviewWindowDays, long revision, Instant revisedAt) {

	static PackageSummary of(Revision revision) {
		PackageState state = revision.state();
		return new PackageSummary(state.key(), state.title(), state.sanctionsMapId(), state.status(), state.expiry(),
				state.reviewWindowDays(), revision.number(), revision.recordedAt());
	}

}
