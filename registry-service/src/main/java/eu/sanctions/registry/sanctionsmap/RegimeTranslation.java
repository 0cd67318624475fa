package eu.sanctions.registry.sanctionsmap;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.PackageStatus;
import eu.sanctions.registry.register.PackageState;

/**
 * What a regime of the Sanctions Map says about a package. The Map owns the title,
 * issuer, programmes, legal acts and measures; the register owns the listings, the status
 * and the review settings. The expiry only moves forward: an older expiry in the data (a
 * snapshot taken before an extension the register has recorded) is stale, not a change.
 */
final class RegimeTranslation {

	private RegimeTranslation() {
	}

	static PackageState newPackage(String key, Regime regime) {
		return new PackageState(key, regime.title(), regime.issuer(), regime.id(), regime.programmes(),
				PackageStatus.ACTIVE, null, regime.expiry(),
				(regime.expiry() != null) ? PackageState.DEFAULT_RENEWAL_CYCLE_MONTHS : 0,
				PackageState.DEFAULT_REVIEW_WINDOW_DAYS, null, regime.legalActs(), regime.measures(), List.of());
	}

	static PackageState merge(PackageState current, Regime regime) {
		LocalDate expiry = current.expiry();
		int cycle = current.renewalCycleMonths();
		if (current.status() == PackageStatus.ACTIVE && regime.expiry() != null
				&& (expiry == null || regime.expiry().isAfter(expiry))) {
			expiry = regime.expiry();
			cycle = (cycle > 0) ? cycle : PackageState.DEFAULT_RENEWAL_CYCLE_MONTHS;
		}
		return new PackageState(current.key(), regime.title(), regime.issuer(), regime.id(), regime.programmes(),
				current.status(), current.adoptionDate(), expiry, cycle, current.reviewWindowDays(), current.lapsedOn(),
				regime.legalActs(), regime.measures(), current.listings());
	}

}
