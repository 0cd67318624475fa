package eu.sanctions.benchmarks.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The broker as {@code ./sanctions up} runs it: Apache Kafka from the Maven Central jars
 * the script resolved, single-node KRaft (broker and controller in one process) on
 * loopback, with the script's server properties and JVM options, in a process of its own;
 * only the ports are free ones, so that it runs beside a stack of {@code ./sanctions up}.
 */
final class BrokerProcess implements Broker {

	/**
	 * The server properties of {@code ./sanctions up} that name neither a port nor a
	 * folder, as the script writes them ({@code SameSettingsAsTheStackTest}).
	 */
	static final String SCRIPT_PROPERTIES = """
			process.roles=broker,controller
			node.id=1
			controller.listener.names=CONTROLLER
			listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
			num.partitions=3
			offsets.topic.replication.factor=1
			offsets.topic.num.partitions=10
			transaction.state.log.replication.factor=1
			transaction.state.log.min.isr=1
			share.coordinator.state.topic.replication.factor=1
			share.coordinator.state.topic.min.isr=1
			group.initial.rebalance.delay.ms=0
			auto.create.topics.enable=false
			log.cleaner.dedupe.buffer.size=16777216
			""";

	private final Process process;

	private final int port;

	private final String version;

	private BrokerProcess(Process process, int port, String version) {
		this.process = process;
		this.port = port;
		this.version = version;
	}

	static BrokerProcess start(StackSettings settings, Path home) {
		Path libs = settings.kafkaLibs().orElseThrow();
		Path dir = home.resolve("kafka");
		int port = Ports.free();
		int controllerPort = Ports.free();
		try {
			Files.createDirectories(dir.resolve("data"));
			Path properties = dir.resolve("server.properties");
			Files.writeString(properties, """
					# The single-node KRaft broker of ./sanctions up, on free ports.
					controller.quorum.bootstrap.servers=127.0.0.1:%2$d
					listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
					advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
					log.dirs=%3$s
					""".formatted(port, controllerPort, dir.resolve("data")) + SCRIPT_PROPERTIES);
			Path log4j = dir.resolve("log4j2.properties");
			Files.writeString(log4j, """
					appender.out.type=Console
					appender.out.name=out
					appender.out.layout.type=PatternLayout
					appender.out.layout.pattern=[%d] %p %m (%c)%n
					rootLogger.level=WARN
					rootLogger.appenderRef.out.ref=out
					""");
			Path log = home.resolve("logs").resolve("kafka.log");
			Files.createDirectories(log.getParent());
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			String classpath = libs.toAbsolutePath() + "/*";
			String clusterId = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(UUID.randomUUID().toString().getBytes())
				.substring(0, 22);
			Process format = new ProcessBuilder(java, "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath,
					"kafka.tools.StorageTool", "format", "-t", clusterId, "-c", properties.toString(), "--standalone")
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("format.log").toFile())
				.start();
			if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
				throw new IllegalStateException(
						"Could not format the broker's storage; see " + dir.resolve("format.log"));
			}
			List<String> command = new ArrayList<>(List.of(java, "-Xms128m"));
			command.addAll(settings.jvmOptions("kafka"));
			command.addAll(settings.flightRecording("kafka"));
			command.addAll(List.of("-Dlog4j2.configurationFile=" + log4j, "-cp", classpath, "kafka.Kafka",
					properties.toString()));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			BrokerProcess broker = new BrokerProcess(process, port, versionOf(libs));
			broker.awaitListening(Duration.ofMinutes(2), log);
			return broker;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the broker", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitListening(Duration atMost, Path log) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The broker exited during start-up; see " + log);
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
				return;
			}
			catch (IOException ex) {
				// not listening yet: wait a little, or less if the broker exits
				this.process.onExit().completeOnTimeout(null, 100, TimeUnit.MILLISECONDS).join();
			}
		}
		close();
		throw new IllegalStateException("The broker is not listening after " + atMost.toSeconds() + " s; see " + log);
	}

	private static String versionOf(Path libs) {
		try (Stream<Path> jars = Files.list(libs)) {
			return jars.map((jar) -> jar.getFileName().toString())
				.filter((name) -> name.startsWith("kafka_2.13-") && name.endsWith(".jar"))
				.map((name) -> name.substring("kafka_2.13-".length(), name.length() - ".jar".length()))
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	@Override
	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.of(this.process.pid());
	}

	@Override
	public String kind() {
		return "Apache Kafka " + this.version + " (KRaft), a process of its own, as ./sanctions up runs it";
	}

	@Override
	public void close() {
		Processes.stop(this.process);
	}

}
