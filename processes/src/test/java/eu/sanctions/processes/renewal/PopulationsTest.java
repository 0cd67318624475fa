package eu.sanctions.processes.renewal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.MemberState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PopulationsTest {

	@Test
	void readsTheBundledEurostatFigures() {
		Populations populations = Populations.eurostat2025();

		assertThat(populations.total()).isEqualTo(450_318_000L);
		assertThat(populations.of(MemberState.EL)).isEqualTo(10_400_000L);
		assertThat(populations.of(List.of(MemberState.LT, MemberState.LT, MemberState.LV))).isEqualTo(4_747_000L);
	}

	@Test
	void refusesFiguresThatMissAState() {
		Map<MemberState, Long> figures = new EnumMap<>(MemberState.class);
		figures.put(MemberState.LT, 2_890_000L);

		assertThatThrownBy(() -> new Populations(figures)).hasMessageContaining("missing").hasMessageContaining("EL");
	}

	@Test
	void refusesAPopulationThatIsNotPositive() {
		Map<MemberState, Long> figures = new EnumMap<>(MemberState.class);
		for (MemberState state : MemberState.values()) {
			figures.put(state, 1L);
		}
		figures.put(MemberState.MT, 0L);

		assertThatThrownBy(() -> new Populations(figures)).hasMessageContaining("MT");
	}

}
