package eu.sanctions.registry.sanctionsmap;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.sanctions.registry.register.PackageKey;

import static org.assertj.core.api.Assertions.assertThat;

class PackageKeysTest {

	private final List<Regime> regimes = SanctionsMapSnapshot.read(Snapshots.realSnapshot());

	@Test
	void givesEveryRegimeOfTheSnapshotAUniqueValidKey() {
		Map<Integer, String> keys = allocate();

		assertThat(keys).hasSize(48);
		assertThat(new LinkedHashSet<>(keys.values())).hasSize(48);
		assertThat(keys.values()).allMatch(PackageKey::isValid);
		assertThat(keys).containsEntry(2, "EU-BLR")
			.containsEntry(4, "EU-MAP-4")
			.containsEntry(17, "EU-IRN")
			.containsEntry(18, "EU-IRN-18")
			.containsEntry(35, "EU-UKR")
			.containsEntry(36, "EU-UKR-36")
			.containsEntry(5, "EU-EUAQ")
			.containsEntry(50, "EU-HR");
	}

	@Test
	void givesTheSameKeysEveryTime() {
		assertThat(allocate()).isEqualTo(allocate());
	}

	@Test
	void avoidsAKeyTakenByAnotherPackage() {
		Regime belarus = this.regimes.stream().filter((regime) -> regime.id() == 2).findFirst().orElseThrow();

		assertThat(PackageKeys.allocate(belarus, Set.of("EU-BLR"))).isEqualTo("EU-BLR-2");
		assertThat(PackageKeys.allocate(belarus, Set.of("EU-BLR", "EU-BLR-2"))).isEqualTo("EU-BLR-2-2");
	}

	private Map<Integer, String> allocate() {
		Set<String> taken = new LinkedHashSet<>();
		Map<Integer, String> keys = new LinkedHashMap<>();
		for (Regime regime : this.regimes) {
			String key = PackageKeys.allocate(regime, taken);
			taken.add(key);
			keys.put(regime.id(), key);
		}
		return keys;
	}

}
