package eu.sanctions.registry.register;

import java.time.LocalDate;

import eu.sanctions.events.PackageStatus;

/**
 * When a package's renewal is due: it is active, has an expiry, and today lies in its
 * review window, from {@code expiry - reviewWindowDays} to the expiry itself. An expiry
 * already past cannot be renewed any more: such a package is stale data (the Sanctions
 * Map snapshot of 2023 holds many), not a renewal to start.
 */
public final class RenewalDuePolicy {

	private RenewalDuePolicy() {
	}

	public static Verdict assess(PackageState state, LocalDate today) {
		if (state.status() != PackageStatus.ACTIVE || state.expiry() == null) {
			return Verdict.NOT_RENEWABLE;
		}
		if (today.isAfter(state.expiry())) {
			return Verdict.EXPIRED_UNRENEWED;
		}
		return today.isBefore(reviewOpensOn(state)) ? Verdict.NOT_YET_DUE : Verdict.DUE;
	}

	/** The first day of the review window; {@code null} without an expiry. */
	public static LocalDate reviewOpensOn(PackageState state) {
		return (state.expiry() != null) ? state.expiry().minusDays(state.reviewWindowDays()) : null;
	}

	/** The expiry a renewal proposes by default: the expiry plus the usual cycle. */
	public static LocalDate proposedNewExpiry(PackageState state) {
		int months = (state.renewalCycleMonths() > 0) ? state.renewalCycleMonths()
				: PackageState.DEFAULT_RENEWAL_CYCLE_MONTHS;
		return state.expiry().plusMonths(months);
	}

	/** What the policy says of a package on a day. */
	public enum Verdict {

		/** In its review window: its renewal should start. */
		DUE,
		/** Its review window has not opened yet. */
		NOT_YET_DUE,
		/** Active, but its expiry has passed without a recorded renewal: stale data. */
		EXPIRED_UNRENEWED,
		/** Not active, or without a sunset clause. */
		NOT_RENEWABLE

	}

}
