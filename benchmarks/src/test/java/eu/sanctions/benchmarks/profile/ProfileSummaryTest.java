package eu.sanctions.benchmarks.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real JFR recording of this JVM while one thread spins in a known method: the summary
 * gives that kind of thread most of the samples and finds the method in its stacks.
 */
class ProfileSummaryTest {

	private static volatile long sink;

	@Test
	void attributesTheSamplesToTheThreadAndTheMethodThatUsedTheProcessor(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("spin.jfr");
		try (Recording recording = new Recording()) {
			recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
			recording.start();
			Thread spinner = new Thread(() -> spin(Duration.ofMillis(1500)), "spinner-17");
			spinner.start();
			spinner.join();
			recording.stop();
			recording.dump(file);
		}

		ProfileSummary all = ProfileSummary.of(file, "");
		ProfileSummary spinners = ProfileSummary.of(file, "spinner");
		List<Path> written = ProfileSummary.besideEach(List.of(file));

		assertThat(all.samples()).isGreaterThan(20);
		assertThat(all.byThread().keySet()).first().isEqualTo("spinner-#");
		assertThat(spinners.selected()).isEqualTo(all.byThread().get("spinner-#"));
		assertThat(spinners.total()).containsKey(ProfileSummaryTest.class.getName() + ".spin");
		assertThat(spinners.total().get(ProfileSummaryTest.class.getName() + ".spin"))
			.isGreaterThan(spinners.selected() / 2);
		assertThat(written).singleElement()
			.satisfies((summary) -> assertThat(summary).content().contains("spinner-#", "By thread"));
	}

	private static void spin(Duration duration) {
		long until = System.nanoTime() + duration.toNanos();
		long value = 1;
		while (System.nanoTime() < until) {
			// Plain Java between the clock's reads: a thread in native code is not in
			// the execution samples.
			for (int i = 0; i < 1_000_000; i++) {
				value = value * 6364136223846793005L + 1442695040888963407L;
			}
		}
		sink = value;
	}

}
