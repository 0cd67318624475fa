package eu.sanctions.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import eu.sanctions.benchmarks.profile.ProfileSummary;
import eu.sanctions.benchmarks.stack.StackSettings;

/**
 * The harness that {@code ./sanctions bench} runs: every workload on this machine, one
 * table on standard output, the figures as JSON.
 *
 * <pre>
 * java -jar benchmarks-*-bench.jar [--smoke] [--kafka-libs DIR] [--out DIR] [--repository DIR] [--only engine,h2,postgres]
 *                                   [--warm-up RENEWALS] [--runs N] [--command TEXT]
 * java -jar benchmarks-*-bench.jar --profile FILE.jfr [--threads TEXT] [--top N]
 * </pre>
 *
 * {@code --kafka-libs} names the Apache Kafka jars {@code ./sanctions up} resolved; the
 * broker then runs in a process of its own, as in {@code ./sanctions up}. Without it, the
 * tests' in-JVM broker is used. {@code --only} runs some parts, while working on one;
 * {@code --warm-up} sets the untimed renewals before each timed run (20 in the full run);
 * {@code --runs} how often the bare engine at history full and each door run, the median
 * standing for them (3). {@code --profile} summarises a JFR file that
 * {@code SANCTIONS_BENCH_JFR} had a process record (a run writes each one's summary
 * beside it).
 */
public final class Benchmarks {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

	private Benchmarks() {
	}

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("--profile")) {
			ProfileSummary.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		List<String> arguments = new ArrayList<>(Arrays.asList(args));
		boolean smoke = arguments.remove("--smoke");
		Path repository = Path.of(option(arguments, "--repository").orElse(".")).toAbsolutePath().normalize();
		Optional<Path> kafkaLibs = option(arguments, "--kafka-libs").map(Path::of);
		Path out = Path.of(option(arguments, "--out").orElse(repository.resolve("benchmarks/results").toString()));
		Set<String> parts = option(arguments, "--only").map((only) -> Set.of(only.split(",")))
			.orElse(BenchmarkRun.EVERY_PART);
		Optional<Integer> warmUp = option(arguments, "--warm-up").map(Integer::valueOf);
		Optional<Integer> runs = option(arguments, "--runs").map(Integer::valueOf);
		String command = option(arguments, "--command")
			.orElse("java -jar benchmarks-bench.jar " + String.join(" ", args));
		if (!arguments.isEmpty()) {
			System.err.println("Unknown arguments: " + arguments);
			System.exit(2);
		}
		Path home = repository.resolve("benchmarks/target/bench-" + System.currentTimeMillis());
		BenchmarkSize size = smoke ? BenchmarkSize.smoke() : BenchmarkSize.full();
		size = warmUp.map(size::withWarmUpRenewals).orElse(size);
		size = runs.map(size::withThroughputRuns).orElse(size);
		StackSettings settings = StackSettings.of(repository, kafkaLibs, home);
		BenchmarkReport report = new BenchmarkRun(size, settings, command, parts, Benchmarks::say).run();
		System.out.println();
		System.out.println(ReportTable.render(report));
		System.out.println(ReportTable.warmUps(report));
		Path json = write(report, out);
		for (Path profile : ProfileSummary.besideEach(settings.recordings())) {
			System.out.printf("Profile (SANCTIONS_BENCH_JFR): %s%n", profile);
		}
		System.out.printf("%nThe figures are in %s; the stacks' logs in %s. The run took %.0f s.%n", json, home,
				report.wallSeconds());
	}

	static void say(String line) {
		System.out.println("[bench " + LocalTime.now().format(CLOCK) + "] " + line);
	}

	/** Writes the report as {@code bench-<date>-<mode>.json} in the folder. */
	static Path write(BenchmarkReport report, Path folder) {
		try {
			Files.createDirectories(folder);
			Path file = folder.resolve(
					"bench-" + report.date().replace(":", "").replace("Z", "") + "Z-" + report.size().mode() + ".json");
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<String> option(List<String> arguments, String name) {
		int at = arguments.indexOf(name);
		if (at < 0 || at + 1 >= arguments.size()) {
			return Optional.empty();
		}
		String value = arguments.get(at + 1);
		arguments.subList(at, at + 2).clear();
		return Optional.of(value);
	}

}
