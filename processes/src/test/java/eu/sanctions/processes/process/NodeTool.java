package eu.sanctions.processes.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Node.js tool of this module ({@code bpmnlint/}, {@code form-js/}): its lockfile
 * installed once with {@code npm ci} into {@code target/}, so the source tree gets no
 * {@code node_modules}. A test that needs it is skipped where npm is not installed; CI
 * has npm.
 */
final class NodeTool {

	private final Path installed;

	private NodeTool(Path installed) {
		this.installed = installed;
	}

	/** Installs the tool whose {@code package.json} and lockfile are in that folder. */
	static NodeTool install(String folder, String... otherFiles) throws IOException, InterruptedException {
		assumeTrue(runs("npm", "--version"), "npm is not installed here: " + folder + " runs where it is (CI)");
		Path source = Path.of(folder);
		Path installed = Path.of("target", folder);
		Files.createDirectories(installed);
		boolean changed = false;
		for (String file : concat(List.of("package.json", "package-lock.json"), otherFiles)) {
			changed |= copyIfChanged(source.resolve(file), installed.resolve(file));
		}
		if (changed || !Files.isDirectory(installed.resolve("node_modules"))) {
			Result install = run(installed, "npm", "ci", "--no-audit", "--no-fund");
			assertThat(install.exitCode()).as("npm ci in %s:\n%s", installed, install.output()).isZero();
		}
		return new NodeTool(installed);
	}

	/**
	 * Runs a command in the tool's folder; {@code node_modules/.bin} commands by name.
	 */
	Result run(String... command) throws IOException, InterruptedException {
		Path bin = this.installed.resolve(Path.of("node_modules", ".bin", command[0]));
		if (Files.exists(bin)) {
			command[0] = bin.toAbsolutePath().toString();
		}
		return run(this.installed, command);
	}

	private static List<String> concat(List<String> files, String... more) {
		return java.util.stream.Stream.concat(files.stream(), java.util.Arrays.stream(more)).toList();
	}

	private static boolean copyIfChanged(Path source, Path target) throws IOException {
		if (Files.exists(target) && Files.mismatch(source, target) == -1) {
			return false;
		}
		Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
		return true;
	}

	private static boolean runs(String... command) {
		try {
			return run(Path.of("."), command).exitCode() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Result run(Path directory, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		// A package under form-js (@ibm/telemetry-js) starts a background process at
		// install that would outlive the build, trying to report to a server: opted out.
		builder.environment().put("IBM_TELEMETRY_DISABLED", "true");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
		}
		return new Result(process.exitValue(), output);
	}

	/**
	 * What a command did.
	 *
	 * @param exitCode its exit code
	 * @param output its standard output and error
	 */
	record Result(int exitCode, String output) {
	}

}
