package eu.sanctions.benchmarks.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.sanctions.benchmarks.engine.EngineDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks measure what {@code ./sanctions up} runs: the harness's copies of the
 * script's JVM options, heaps, broker's server properties and services' copies with their
 * class-data sharing archives, and of renewal-service's H2 options for the bare engine,
 * are the ones in the script and in the service's {@code application.yml}. A change to
 * one side alone would make the figures describe a stack nobody runs.
 */
class SameSettingsAsTheStackTest {

	private static final Path REPOSITORY = Path.of(System.getProperty("sanctions.repository-root", ".."))
		.toAbsolutePath()
		.normalize();

	@Test
	void theStacksAreStartedWithTheScriptsJvmOptionsAndHeaps() throws IOException {
		String script = Files.readString(REPOSITORY.resolve("sanctions"));

		assertThat(StackSettings.SCRIPT_JAVA_OPTIONS)
			.isEqualTo(group(script, "(?m)^JAVA_OPTS_COMMON=\\$\\{SANCTIONS_JAVA_OPTS:-\"([^\"]+)\"}$"));
		List<String> heaps = new ArrayList<>();
		heaps.add("kafka=" + group(script, "(?m)^KAFKA_HEAP=(\\S+)$"));
		for (String service : group(script, "(?m)^SERVICES=\\(([^)]+)\\)").split("\\s+")) {
			String[] nameAndPortAndHeap = service.split(":");
			heaps.add(nameAndPortAndHeap[0] + "=" + nameAndPortAndHeap[2]);
		}
		assertThat(StackSettings.SCRIPT_HEAPS).isEqualTo(String.join(",", heaps));
		List<String> ownOptions = new ArrayList<>();
		Matcher own = Pattern.compile("(?m)^([A-Z]+)_JAVA_OPTS=\"([^\"]*)\"$").matcher(script);
		while (own.find()) {
			if (!own.group(2).isBlank()) {
				ownOptions.add(own.group(1).toLowerCase(Locale.ROOT) + "=" + own.group(2));
			}
		}
		assertThat(StackSettings.SCRIPT_OWN_OPTIONS).isEqualTo(String.join(";", ownOptions));
		assertThat(script).as("the broker and the services are started with their own options")
			.contains("$JAVA_OPTS_COMMON $(own_opts kafka) -Dlog4j2")
			.contains("service_opts() { printf '%s' \"-Xms64m -Xmx$2 $JAVA_OPTS_COMMON $(own_opts \"$1\")\"; }")
			.contains("\"$JAVA\" $(service_opts \"$name\" \"$heap\") -XX:SharedArchiveFile")
			.contains("\"$JAVA\" $(service_opts \"$name\" \"$heap\") -XX:ArchiveClassesAtExit");
	}

	@Test
	void theBrokerHasTheScriptsServerProperties() throws IOException {
		String script = Files.readString(REPOSITORY.resolve("sanctions"));
		List<String> fixed = group(script, "(?s)cat >\"\\$dir/server.properties\" <<EOF\n(.*?)\nEOF\n").lines()
			.filter((line) -> !line.startsWith("#") && !line.contains("$"))
			.toList();

		assertThat(fixed).as("the script's server.properties").contains("process.roles=broker,controller");
		assertThat(BrokerProcess.SCRIPT_PROPERTIES.lines().toList()).isEqualTo(fixed);
	}

	@Test
	void theServicesRunFromTheScriptsCopiesWithTheirClassDataArchives(@TempDir Path apps) throws IOException {
		String script = Files.readString(REPOSITORY.resolve("sanctions"));
		Path jar = apps.resolve(
				group(script, "(?m)^app_jar\\(\\) \\{ echo \"\\$APPS_DIR/([^\"]+)\"; }$").replace("$1", "renewal"));
		Path archive = apps.resolve(
				group(script, "(?m)^app_archive\\(\\) \\{ echo \"\\$APPS_DIR/([^\"]+)\"; }$").replace("$1", "renewal"));
		Files.createDirectories(jar.getParent());
		Files.createFile(jar);
		Files.createFile(archive);
		StackSettings settings = new StackSettings(REPOSITORY, "0.1.0-SNAPSHOT", List.of(), Map.of(), Map.of(),
				Optional.empty(), Optional.of(apps), Set.of(), apps);

		assertThat(script).contains("-XX:SharedArchiveFile=\"$(app_archive \"$name\")\"")
			.contains("-jar \"$(app_jar \"$name\")\"");
		assertThat(settings.application("renewal")).containsExactly("-XX:SharedArchiveFile=" + archive, "-jar",
				jar.toString());
	}

	@Test
	void theBareEnginesH2HasRenewalServicesUrlOptions() throws IOException {
		String configuration = Files
			.readString(REPOSITORY.resolve("renewal-service/src/main/resources/application.yml"));

		assertThat(EngineDatabase.RENEWAL_SERVICE_H2_OPTIONS).isEqualTo(group(configuration,
				"url: \\$\\{SPRING_DATASOURCE_URL:jdbc:h2:file:\\$\\{sanctions.data-dir}/renewal/renewal([^}]*)}"));
	}

	private static String group(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("%s in the file", regex).isTrue();
		return matcher.group(1);
	}

}
