package eu.sanctions.benchmarks.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the harness runs the stack: the JVM options and heaps of {@code ./sanctions up}
 * (the script hands its own to the harness, so they live in one place), the broker's jars
 * if the script resolved them, the services' jars, and which processes record a JFR file.
 *
 * @param repository the repository's root, where the services' jars are built
 * @param projectVersion the version in the jars' names
 * @param javaOptions the JVM options every process of the stack gets
 * @param heaps the maximum heap of each process, by name ({@code kafka},
 * {@code registry}, {@code renewal}, {@code notification})
 * @param ownOptions the JVM options of a single process, beside {@code javaOptions} and
 * its heap, by name
 * @param kafkaLibs the Apache Kafka broker's jars; empty runs spring-kafka-test's in-JVM
 * broker instead
 * @param apps where {@code ./sanctions} unpacked each service's jar and recorded its
 * class-data sharing archive ({@code <apps>/<name>/app/<name>-service.jar} and
 * {@code <apps>/<name>/app.jsa}), as {@code ./sanctions up} runs them; empty runs the
 * jars as Maven built them (the smoke test)
 * @param profiled the processes that record a JFR file ({@code SANCTIONS_BENCH_JFR})
 * @param home where the stacks keep their data, logs and JFR files
 */
public record StackSettings(Path repository, String projectVersion, List<String> javaOptions, Map<String, String> heaps,
		Map<String, List<String>> ownOptions, Optional<Path> kafkaLibs, Optional<Path> apps, Set<String> profiled,
		Path home) {

	/** {@code ./sanctions}'s JAVA_OPTS_COMMON. */
	static final String SCRIPT_JAVA_OPTIONS = "-XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=192m "
			+ "-XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError";

	/** {@code ./sanctions}'s heaps: its SERVICES entries and the broker's -Xmx. */
	static final String SCRIPT_HEAPS = "kafka=256m,registry=256m,renewal=512m,notification=256m";

	/**
	 * {@code ./sanctions}'s options of single processes, its {@code <NAME>_JAVA_OPTS}, as
	 * {@code name=options} separated by {@code ;}.
	 */
	static final String SCRIPT_OWN_OPTIONS = "registry=-XX:TieredStopAtLevel=1;"
			+ "renewal=-Xms512m -XX:-UseSerialGC -XX:+UseG1GC;notification=-XX:TieredStopAtLevel=1";

	/**
	 * The settings {@code ./sanctions bench} passes in {@code SANCTIONS_BENCH_JAVA_OPTS},
	 * {@code SANCTIONS_BENCH_HEAPS}, {@code SANCTIONS_BENCH_OWN_OPTS},
	 * {@code SANCTIONS_BENCH_APPS} and {@code SANCTIONS_BENCH_JFR}, or the script's own
	 * values when run otherwise (the smoke test, which runs the jars as built).
	 */
	public static StackSettings of(Path repository, Optional<Path> kafkaLibs, Path home) {
		String options = env("SANCTIONS_BENCH_JAVA_OPTS", SCRIPT_JAVA_OPTIONS);
		Map<String, String> heaps = new LinkedHashMap<>();
		for (String entry : env("SANCTIONS_BENCH_HEAPS", SCRIPT_HEAPS).split(",")) {
			String[] nameAndHeap = entry.trim().split("=");
			heaps.put(nameAndHeap[0], nameAndHeap[1]);
		}
		Map<String, List<String>> ownOptions = new LinkedHashMap<>();
		for (String entry : env("SANCTIONS_BENCH_OWN_OPTS", SCRIPT_OWN_OPTIONS).split(";")) {
			String[] nameAndOptions = entry.trim().split("=", 2);
			if (nameAndOptions.length == 2 && !nameAndOptions[1].isBlank()) {
				ownOptions.put(nameAndOptions[0], List.of(nameAndOptions[1].trim().split("\\s+")));
			}
		}
		Set<String> profiled = Arrays.stream(env("SANCTIONS_BENCH_JFR", "").split(","))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.collect(Collectors.toSet());
		Optional<Path> apps = Optional.of(env("SANCTIONS_BENCH_APPS", ""))
			.filter((path) -> !path.isBlank())
			.map(Path::of);
		return new StackSettings(repository, System.getProperty("sanctions.project-version", "0.1.0-SNAPSHOT"),
				List.of(options.trim().split("\\s+")), heaps, ownOptions, kafkaLibs, apps, profiled, home);
	}

	/**
	 * How a service's JVM is given its code: as {@code ./sanctions up} does, the unpacked
	 * jar with its class-data sharing archive when the script prepared them, otherwise
	 * the jar Maven built.
	 */
	List<String> application(String name) {
		if (this.apps.isEmpty()) {
			return List.of("-jar", jar(name + "-service").toString());
		}
		Path app = this.apps.get().resolve(name);
		Path archive = app.resolve("app.jsa");
		Path jar = app.resolve("app").resolve(name + "-service.jar");
		if (!Files.isRegularFile(archive) || !Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + " or " + archive + ": ./sanctions bench prepares them");
		}
		return List.of("-XX:SharedArchiveFile=" + archive, "-jar", jar.toString());
	}

	/** A service's jar, as Maven builds it. */
	Path jar(String module) {
		Path jar = this.repository.resolve(module)
			.resolve("target")
			.resolve(module + "-" + this.projectVersion + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": build the services first (./sanctions bench does)");
		}
		return jar;
	}

	/**
	 * A process's JVM options: those of every process, its heap, and its own.
	 */
	List<String> jvmOptions(String process) {
		List<String> options = new ArrayList<>(this.javaOptions);
		options.add("-Xmx" + heap(process));
		options.addAll(this.ownOptions.getOrDefault(process, List.of()));
		return options;
	}

	String heap(String process) {
		String heap = this.heaps.get(process);
		if (heap == null) {
			throw new IllegalArgumentException("No heap for " + process + " in " + this.heaps);
		}
		return heap;
	}

	/**
	 * The JFR options for a process, when it is profiled: a recording with the profiling
	 * settings, written when the process exits.
	 */
	List<String> flightRecording(String process) {
		if (!this.profiled.contains(process)) {
			return List.of();
		}
		Path file = recordingsFolder().resolve(process + "-" + System.currentTimeMillis() + ".jfr");
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Stacks deeper than JFR's default 64 frames: a service's work is found under
		// Kafka's, Spring's and the engine's frames.
		return List.of("-XX:FlightRecorderOptions=stackdepth=256",
				"-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file);
	}

	/** The JFR files the profiled processes have written so far (at their exit). */
	public List<Path> recordings() {
		Path folder = recordingsFolder();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".jfr")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path recordingsFolder() {
		return this.home.resolve("jfr");
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
