package eu.sanctions.benchmarks.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./sanctions up} and {@code ./sanctions bench} do before they start a
 * service, on the jar this build made: the script unpacks it and records its class-data
 * sharing archive in a training run; a JVM given that archive then loads the service's
 * own classes and its libraries' from it, not from the jars. The copy is made again only
 * when what it was made from changed (after a build), so that {@code up} runs the new
 * build and otherwise starts at once. Without this, a change that breaks the training run
 * (a bean that needs the broker while the context refreshes, a Spring Boot without its
 * jar tools) would surface only as a newcomer's failed {@code up}, or an archive nobody
 * uses as a slower start.
 */
class ClassDataArchiveTest {

	private static final Path REPOSITORY = Path.of(System.getProperty("sanctions.repository-root", ".."))
		.toAbsolutePath()
		.normalize();

	private static final String FROM_THE_ARCHIVE = "source: shared objects file (top)";

	/** What the script says when it unpacks a service and records its archive. */
	private static final String RECORDING = "recording their class-data archives";

	@Test
	void theScriptRecordsAnArchiveThatRenewalServiceLoadsItsClassesFrom(@TempDir Path home) throws Exception {
		String first = apps(home, "first.log");
		Path app = home.resolve("apps").resolve("renewal");
		Path jar = app.resolve("app").resolve("renewal-service.jar");
		Path archive = app.resolve("app.jsa");
		Path stamp = app.resolve("stamp");
		assertThat(first).contains(RECORDING);
		assertThat(jar).isRegularFile();
		assertThat(archive).isRegularFile();
		String madeFrom = Files.readString(stamp);

		// Nothing changed: the copy is kept. Made from another jar, JVM or options (its
		// stamp differs): it is made again, as after a build.
		assertThat(apps(home, "again.log")).doesNotContain(RECORDING);
		Files.writeString(stamp, "made from an earlier build\n");
		assertThat(apps(home, "after-a-build.log")).contains(RECORDING);
		assertThat(Files.readString(stamp)).isEqualTo(madeFrom);

		Path classes = home.resolve("classes.log");
		Path data = Files.createDirectories(home.resolve("data"));
		// As the script starts it: its JVM options, heap and own options, and the
		// archive.
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(StackSettings.of(REPOSITORY, Optional.empty(), home).jvmOptions("renewal"));
		command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info:file=" + classes,
				"-Dspring.context.exit=onRefresh", "-jar", jar.toString()));
		Process service = start(command,
				Map.of("SANCTIONS_DATA_DIR", data.toString(), "SANCTIONS_USERS_FILE",
						home.resolve("users.properties").toString(), "SANCTIONS_EMBEDDED", "true",
						"SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9", "SPRING_KAFKA_ADMIN_AUTO_CREATE", "false",
						"SERVER_PORT", "0"),
				home.resolve("service.log"));
		assertThat(service.waitFor(3, TimeUnit.MINUTES)).as("the service's context refreshes and it exits").isTrue();
		assertThat(service.exitValue()).as("the service's exit; its output:%n%s", read(home.resolve("service.log")))
			.isZero();

		List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
		assertThat(loaded).filteredOn((line) -> line.contains(FROM_THE_ARCHIVE))
			.as("classes the archive gave")
			.hasSizeGreaterThan(5_000)
			.anyMatch((line) -> line.contains(" eu.sanctions.renewal.RenewalApplication "))
			.anyMatch((line) -> line.contains(" org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl "));
	}

	/** Runs {@code ./sanctions apps renewal}; returns its output. */
	private static String apps(Path home, String log) throws Exception {
		Path output = home.resolve(log);
		Process script = start(List.of("bash", REPOSITORY.resolve("sanctions").toString(), "apps", "renewal"),
				Map.of("SANCTIONS_HOME", home.toString()), output);
		assertThat(script.waitFor(4, TimeUnit.MINUTES)).as("the script ends").isTrue();
		assertThat(script.exitValue()).as("the script's exit; its output:%n%s", read(output)).isZero();
		return read(output);
	}

	private static Process start(List<String> command, Map<String, String> environment, Path output)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().putAll(environment);
		// The script records the archive with the JVM that runs this test, which must
		// then
		// map it.
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return builder.start();
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file) : "(none)";
	}

}
