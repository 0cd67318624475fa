package eu.sanctions.benchmarks.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service as {@code ./sanctions up} runs it: its Spring Boot application in a JVM of
 * its own with the script's JVM options, heap and class-data sharing archive, configured
 * only by environment variables, on loopback. Its output goes to a log file.
 */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HEALTH = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private final long launchedAt;

	private ServiceProcess(String name, int port, Path log, Process process, long launchedAt) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
		this.launchedAt = launchedAt;
	}

	static ServiceProcess start(String name, StackSettings settings, Path logs, Map<String, String> environment) {
		int port = Ports.free();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms64m"));
		command.addAll(settings.jvmOptions(name));
		command.addAll(settings.flightRecording(name));
		command.addAll(settings.application(name));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
		Path log = logs.resolve(name + ".log");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		try {
			return new ServiceProcess(name, port, log, builder.start(), System.nanoTime());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name, ex);
		}
	}

	String name() {
		return this.name;
	}

	long pid() {
		return this.process.pid();
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	long launchedAt() {
		return this.launchedAt;
	}

	/**
	 * Whether the service says it is healthy now; fails, pointing to its log, if it
	 * exited.
	 */
	boolean healthy() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException(
					this.name + " exited with " + this.process.exitValue() + "; see " + this.log);
		}
		try {
			HttpResponse<String> health = HEALTH.send(HttpRequest.newBuilder(baseUri().resolve("/actuator/health"))
				.timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Path log() {
		return this.log;
	}

	@Override
	public void close() {
		Processes.stop(this.process);
	}

}
