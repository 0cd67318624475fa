package eu.sanctions.events.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The contract's files in the repository. Tests that ask which files exist read the
 * source tree rather than the classpath, where a deleted schema could linger in
 * {@code target/} until the next clean.
 */
final class ContractFiles {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private ContractFiles() {
	}

	/**
	 * The {@code events} module's directory: the working directory under Maven, else
	 * found from the root.
	 */
	static Path moduleDirectory() {
		Path workingDirectory = Path.of("").toAbsolutePath();
		if (Files.isRegularFile(workingDirectory.resolve("asyncapi.yaml"))) {
			return workingDirectory;
		}
		String root = System.getProperty("sanctions.repository-root");
		Path fromRoot = (root != null) ? Path.of(root, "events") : workingDirectory.resolve("events");
		if (Files.isRegularFile(fromRoot.resolve("asyncapi.yaml"))) {
			return fromRoot;
		}
		throw new IllegalStateException("Cannot find the events module from " + workingDirectory);
	}

	static Path schemasDirectory() {
		return moduleDirectory().resolve("schemas");
	}

	static Path baselineDirectory() {
		return moduleDirectory().resolve("src/test/resources/schema-baseline");
	}

	static JsonNode asyncApi() {
		try {
			return YAML.readTree(moduleDirectory().resolve("asyncapi.yaml").toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The JSON files under a directory, by their path below it with forward slashes,
	 * sorted.
	 */
	static List<String> jsonFilesUnder(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".json"))
				.map((file) -> directory.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
