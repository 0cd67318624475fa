package eu.sanctions.registry.register;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.sanctions.events.PackageStatus;
import eu.sanctions.registry.register.RenewalDuePolicy.Verdict;

import static eu.sanctions.registry.register.PackageFixtures.activePackage;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalDuePolicyTest {

	@ParameterizedTest(name = "{0}, expiry {1}, window {2} days, on {3}: {4}")
	@CsvSource(textBlock = """
			ACTIVE,  2027-02-28, 120, 2026-10-30, NOT_YET_DUE
			ACTIVE,  2027-02-28, 120, 2026-10-31, DUE
			ACTIVE,  2027-02-28, 120, 2026-11-22, DUE
			ACTIVE,  2027-02-28, 120, 2027-02-28, DUE
			ACTIVE,  2027-02-28, 120, 2027-03-01, EXPIRED_UNRENEWED
			ACTIVE,  2024-02-28, 120, 2026-11-22, EXPIRED_UNRENEWED
			ACTIVE,  2027-02-28,  90, 2026-11-22, NOT_YET_DUE
			ACTIVE,  ,           120, 2026-11-22, NOT_RENEWABLE
			LAPSED,  2027-02-28, 120, 2026-11-22, NOT_RENEWABLE
			REPEALED,2027-02-28, 120, 2026-11-22, NOT_RENEWABLE
			""")
	void tellsWhetherARenewalIsDue(PackageStatus status, LocalDate expiry, int window, LocalDate today,
			Verdict verdict) {
		PackageState base = activePackage("EU-BLR", expiry, 0);
		PackageState state = new PackageState(base.key(), base.title(), base.issuer(), base.sanctionsMapId(),
				base.programmes(), status, base.adoptionDate(), expiry, 12, window, null, base.legalActs(),
				base.measures(), base.listings());

		assertThat(RenewalDuePolicy.assess(state, today)).isEqualTo(verdict);
	}

	@ParameterizedTest(name = "expiry {0} plus {1} months is {2}")
	@CsvSource(textBlock = """
			2027-02-28, 12, 2028-02-28
			2027-01-31,  6, 2027-07-31
			2027-02-28,  0, 2028-02-28
			""")
	void proposesTheExpiryPlusTheCycle(LocalDate expiry, int cycle, LocalDate proposed) {
		PackageState base = activePackage("EU-BLR", expiry, 0);
		PackageState state = new PackageState(base.key(), base.title(), base.issuer(), null, base.programmes(),
				base.status(), null, expiry, cycle, 120, null, base.legalActs(), base.measures(), base.listings());

		assertThat(RenewalDuePolicy.proposedNewExpiry(state)).isEqualTo(proposed);
	}

}
