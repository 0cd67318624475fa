package eu.sanctions.systemtests;

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
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One service as it ships: its Spring Boot jar in a JVM of its own, configured only by
 * environment variables, as {@code ./sanctions up} and the Dockerfiles run it. Its output
 * goes to a log file that a failing test points to.
 */
final class ServiceProcess implements AutoCloseable {

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private ServiceProcess(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	static ServiceProcess start(String name, Path jar, int port, Path logs, Map<String, String> environment) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms64m", "-Xmx320m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
		Path log = logs.resolve(name + ".log");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		try {
			return new ServiceProcess(name, port, log, builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name, ex);
		}
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/**
	 * Waits until the service says it is healthy, or fails with where to look: at once if
	 * it exits.
	 */
	void awaitHealthy(Duration atMost) {
		HttpClient client = HttpClient.newHttpClient();
		try {
			Awaitility.await(this.name + " healthy")
				.atMost(atMost)
				.pollInSameThread()
				.pollInterval(Duration.ofMillis(500))
				.until(() -> {
					if (!this.process.isAlive()) {
						throw new IllegalStateException(this.name + " exited during start-up with "
								+ this.process.exitValue() + "; see " + this.log);
					}
					return healthy(client);
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException(
					this.name + " is not healthy after " + atMost.toSeconds() + " s; see " + this.log, ex);
		}
	}

	private boolean healthy(HttpClient client) throws InterruptedException {
		try {
			HttpResponse<String> health = client.send(HttpRequest.newBuilder(baseUri().resolve("/actuator/health"))
				.timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			// not listening yet
			return false;
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
