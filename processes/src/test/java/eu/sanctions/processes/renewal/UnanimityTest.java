package eu.sanctions.processes.renewal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;

import static org.assertj.core.api.Assertions.assertThat;

class UnanimityTest {

	private final Unanimity unanimity = new Unanimity(Populations.eurostat2025());

	@ParameterizedTest(name = "{0} abstaining constructively: block = {1} ({2})")
	@CsvSource(delimiter = ';', textBlock = """
			# constructive abstainers; they block; why
			DE,FR,IT,ES,PL,RO,NL,BE,EL; true; 9 states, a third of the states, with about 79 % of the population
						MT,LU,CY,EE,LV,SI,LT,HR,IE; false; 9 small states: a third of the states, 4 % of the population
			DE,FR,IT,ES,PL,RO,NL,BE; false; 8 states: over a third of the population, under a third of the states
			DE,FR,IT,ES,PL,RO,NL,BE,EL,AT,BG,HR,CY,CZ,DK,EE,FI,HU,IE,LV,LT,LU,MT,PT,SK,SI,SE; true; all 27
			DE,FR,IT; false; three large states are not a third of the states
			DE,MT,LU,CY,EE,LV,SI,LT,HR; false; 9 states with 22 % of the population
			AT,BE,BG,DK,EE,FR,HU,NL,RO; true; 9 states with exactly a third (150 106 000 of 450 318 000)
			AT,BE,BG,DE,HR,HU,NL,SI,SK; false; 9 states with 1 000 people short of a third
			""")
	void blocksOnlyWithAThirdOfTheStatesAndAThirdOfThePopulation(String states, boolean blocks, String why) {
		assertThat(this.unanimity.abstentionsBlock(states(states))).as(why).isEqualTo(blocks);
	}

	@Test
	void countsPopulationsAsTheCouncilPublishesThem() {
		Map<MemberState, Long> equal = new EnumMap<>(MemberState.class);
		for (MemberState state : MemberState.values()) {
			equal.put(state, 1_000_000L);
		}
		Unanimity withEqualPopulations = new Unanimity(new Populations(equal));

		assertThat(withEqualPopulations.abstentionsBlock(states("MT,LU,CY,EE,LV,SI,LT,HR,IE"))).isTrue();
		assertThat(withEqualPopulations.abstentionsBlock(states("MT,LU,CY,EE,LV,SI,LT,HR"))).isFalse();
	}

	@Test
	void allowsAdoptionWhenNoStateOpposesAndAbstentionsDoNotBlock() {
		Unanimity.Verdict verdict = this.unanimity
			.on(positions(Position.SUPPORT, Map.of(MemberState.HU, Position.ABSTAIN, MemberState.SK,
					Position.CONSTRUCTIVE_ABSTENTION, MemberState.LT, Position.NO_RESPONSE)));

		assertThat(verdict.allowsAdoption()).isTrue();
		assertThat(verdict.blockingStates()).isEmpty();
		assertThat(verdict.constructiveAbstainers()).containsExactly(MemberState.SK);
	}

	@Test
	void isBlockedByASingleOpposingState() {
		Unanimity.Verdict verdict = this.unanimity
			.on(positions(Position.SUPPORT, Map.of(MemberState.HU, Position.OPPOSE)));

		assertThat(verdict.allowsAdoption()).isFalse();
		assertThat(verdict.blockingStates()).containsExactly(MemberState.HU);
	}

	@Test
	void namesTheAbstainersAsBlockingWhenTheyFormABlockingMinority() {
		Map<MemberState, Position> exceptions = new EnumMap<>(MemberState.class);
		states("DE,FR,IT,ES,PL,RO,NL,BE,EL")
			.forEach((state) -> exceptions.put(state, Position.CONSTRUCTIVE_ABSTENTION));
		exceptions.put(MemberState.HU, Position.OPPOSE);

		Unanimity.Verdict verdict = this.unanimity.on(positions(Position.SUPPORT, exceptions));

		assertThat(verdict.abstentionsBlock()).isTrue();
		assertThat(verdict.blockingStates()).hasSize(10).contains(MemberState.HU, MemberState.DE);
	}

	static Set<MemberState> states(String codes) {
		return Arrays.stream(codes.split(","))
			.map((code) -> MemberState.fromCode(code).orElseThrow())
			.collect(Collectors.toSet());
	}

	static Map<MemberState, Position> positions(Position others, Map<MemberState, Position> exceptions) {
		Map<MemberState, Position> positions = new EnumMap<>(MemberState.class);
		for (MemberState state : MemberState.values()) {
			positions.put(state, exceptions.getOrDefault(state, others));
		}
		return positions;
	}

}
