package eu.sanctions.benchmarks;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system's processor time per position is its processes' alone: the harness, which
 * sends the load on the same cores, is shown beside them but not counted.
 */
class CpuUseTest {

	@Test
	void countsTheSystemsProcessesPerPositionAndShowsTheHarnessBeside() {
		Map<String, Duration> before = Map.of("kafka", Duration.ofSeconds(10), "renewal", Duration.ofSeconds(20),
				CpuUse.HARNESS, Duration.ofSeconds(5));
		Map<String, Duration> after = Map.of("kafka", Duration.ofSeconds(12), "renewal", Duration.ofMillis(26500),
				CpuUse.HARNESS, Duration.ofSeconds(8));

		CpuUse cpu = CpuUse.between(before, after, 100);

		assertThat(cpu.secondsByProcess()).containsEntry("kafka", 2.0)
			.containsEntry("renewal", 6.5)
			.containsEntry(CpuUse.HARNESS, 3.0);
		assertThat(cpu.totalSeconds()).isEqualTo(8.5);
		assertThat(cpu.msPerPosition()).isEqualTo(85.0);
	}

}
