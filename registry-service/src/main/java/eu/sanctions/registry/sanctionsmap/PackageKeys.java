package eu.sanctions.registry.sanctionsmap;

import java.util.Set;

import eu.sanctions.registry.register.PackageKey;

/**
 * The key a new regime gets: {@code EU-} and its first programme code ({@code EU-BLR} for
 * regime 2); if another package has that key already, the code and the regime's id
 * ({@code EU-IRN-18}); without a programme, {@code EU-MAP-} and its id. Regimes are
 * imported in id order, so the same snapshot always gives the same keys, and a regime
 * keeps its key on every later import (it is found by its id).
 */
final class PackageKeys {

	private PackageKeys() {
	}

	static String allocate(Regime regime, Set<String> taken) {
		String preferred = regime.programmes().isEmpty() ? "EU-MAP-" + regime.id() : "EU-" + regime.programmes().get(0);
		String key = preferred;
		if (taken.contains(key) && !regime.programmes().isEmpty()) {
			key = preferred + "-" + regime.id();
		}
		for (int suffix = 2; taken.contains(key); suffix++) {
			key = preferred + "-" + regime.id() + "-" + suffix;
		}
		return PackageKey.requireValid(key);
	}

}
