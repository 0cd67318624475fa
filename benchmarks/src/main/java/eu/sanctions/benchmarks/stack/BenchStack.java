package eu.sanctions.benchmarks.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import eu.sanctions.benchmarks.CpuUse;
import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.benchmarks.engine.EngineDatabase;
import eu.sanctions.systemtests.client.Endpoints;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

/**
 * The whole system for the benchmarks, as {@code ./sanctions up} runs it: a Kafka broker
 * and the three services, each in a process of its own with the script's JVM options and
 * heaps, on H2 files or PostgreSQL; on free ports, so that it runs beside
 * {@code ./sanctions up}. As in the system tests, the registry's and the engine's clocks
 * start on 22 November 2026 and the registry looks for due renewals every two seconds.
 */
public final class BenchStack implements AutoCloseable {

	private static final List<String> SERVICES = List.of("registry", "renewal", "notification");

	private final Broker broker;

	private final StackDatabase database;

	private final List<ServiceProcess> services;

	private final SanctionsSystem system;

	private final Users users;

	private final StartUp startUp;

	private BenchStack(Broker broker, StackDatabase database, List<ServiceProcess> services, SanctionsSystem system,
			Users users, StartUp startUp) {
		this.broker = broker;
		this.database = database;
		this.services = services;
		this.system = system;
		this.users = users;
		this.startUp = startUp;
	}

	public static BenchStack start(StackSettings settings, StackDatabase database) {
		Path home = settings.home()
			.resolve("stack-" + database.name().toLowerCase() + "-" + System.currentTimeMillis());
		Path logs = home.resolve("logs");
		try {
			Files.createDirectories(logs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Users users = Users.generate(home.resolve("users.properties"));
		long began = System.nanoTime();
		Broker broker = settings.kafkaLibs().isPresent() ? BrokerProcess.start(settings, home) : InJvmBroker.start();
		long brokerUp = System.nanoTime();
		List<ServiceProcess> services = new ArrayList<>();
		try {
			for (String name : SERVICES) {
				Map<String, String> environment = new HashMap<>(database.environment(name));
				environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
				environment.put("SANCTIONS_USERS_FILE", home.resolve("users.properties").toString());
				environment.put("SANCTIONS_DATA_DIR", home.resolve("data").toString());
				if (!name.equals("notification")) {
					environment.put("SANCTIONS_CLOCK_MOVABLE", "true");
					environment.put("SANCTIONS_CLOCK_START", RenewalPlan.START.toString());
				}
				if (name.equals("registry")) {
					environment.put("SANCTIONS_REGISTRY_RENEWAL_DUE_CRON", "*/2 * * * * *");
				}
				services.add(ServiceProcess.start(name, settings, logs, environment));
			}
			Map<String, Double> healthy = awaitHealthy(services, began, Duration.ofMinutes(4));
			StartUp startUp = new StartUp(seconds(brokerUp - began), healthy,
					healthy.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
			Endpoints endpoints = new Endpoints(services.get(0).baseUri(), services.get(1).baseUri(),
					services.get(2).baseUri(), broker.bootstrapServers());
			return new BenchStack(broker, database, services, new SanctionsSystem(endpoints, users), users, startUp);
		}
		catch (RuntimeException ex) {
			services.forEach(ServiceProcess::close);
			broker.close();
			throw ex;
		}
	}

	/**
	 * Waits until every service is healthy, looking at each in turn, and returns when
	 * each was, in seconds from the broker's launch.
	 */
	private static Map<String, Double> awaitHealthy(List<ServiceProcess> services, long began, Duration atMost) {
		Map<String, Double> healthy = new LinkedHashMap<>();
		long deadline = System.nanoTime() + atMost.toNanos();
		while (healthy.size() < services.size()) {
			for (ServiceProcess service : services) {
				if (!healthy.containsKey(service.name()) && service.healthy()) {
					healthy.put(service.name(), seconds(System.nanoTime() - began));
				}
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Not healthy after " + atMost.toSeconds() + " s: "
						+ services.stream()
							.filter((service) -> !healthy.containsKey(service.name()))
							.map((service) -> service.name() + " (see " + service.log() + ")")
							.toList());
			}
			pause(Duration.ofMillis(100));
		}
		return healthy;
	}

	public SanctionsSystem system() {
		return this.system;
	}

	public Users users() {
		return this.users;
	}

	public String bootstrapServers() {
		return this.broker.bootstrapServers();
	}

	public String brokerKind() {
		return this.broker.kind();
	}

	public String databaseName() {
		return this.database.name();
	}

	public StartUp startUp() {
		return this.startUp;
	}

	/**
	 * The resident set of each process of the stack, in MB: the broker (when it runs in a
	 * process of its own) and the three services.
	 */
	public Map<String, Long> residentMegabytes() {
		Map<String, Long> rss = new LinkedHashMap<>();
		this.broker.pid().ifPresent((pid) -> ResidentMemory.megabytes(pid).ifPresent((mb) -> rss.put("kafka", mb)));
		for (ServiceProcess service : this.services) {
			ResidentMemory.megabytes(service.pid()).ifPresent((mb) -> rss.put(service.name(), mb));
		}
		return rss;
	}

	/**
	 * The processor time each process of the stack has used so far: the broker (when it
	 * runs in a process of its own) and the three services; and the harness's, which
	 * shares the cores with them (and, with the tests' in-JVM broker, includes it).
	 */
	public Map<String, CpuUse.Sample> cpuTimes() {
		Map<String, CpuUse.Sample> cpu = new LinkedHashMap<>();
		this.broker.pid().ifPresent((pid) -> CpuUse.of(pid).ifPresent((sample) -> cpu.put("kafka", sample)));
		for (ServiceProcess service : this.services) {
			CpuUse.of(service.pid()).ifPresent((sample) -> cpu.put(service.name(), sample));
		}
		CpuUse.of(ProcessHandle.current().pid()).ifPresent((sample) -> cpu.put(CpuUse.HARNESS, sample));
		if (EngineDatabase.POSTGRESQL.equals(this.database.name())) {
			CpuUse.ofPostgresServer().ifPresent((sample) -> cpu.put(CpuUse.DATABASE_SERVER, sample));
		}
		return cpu;
	}

	/**
	 * What each service's database has done so far, by service (on PostgreSQL; empty on
	 * H2): see {@link DatabaseActivity}.
	 */
	public Map<String, DatabaseActivity.Counts> databaseActivity() {
		return this.database.activity();
	}

	@Override
	public void close() {
		this.system.close();
		for (int i = this.services.size() - 1; i >= 0; i--) {
			this.services.get(i).close();
		}
		this.broker.close();
		this.database.close();
	}

	static void pause(Duration duration) {
		try {
			TimeUnit.NANOSECONDS.sleep(duration.toNanos());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double seconds(long nanos) {
		return Math.round(nanos / 1e7) / 100.0;
	}

	/**
	 * How long the stack took to start.
	 *
	 * @param brokerSeconds until the broker listened
	 * @param healthySeconds until each service was healthy, from the broker's launch
	 * @param allHealthySeconds until the last was
	 */
	public record StartUp(double brokerSeconds, Map<String, Double> healthySeconds, double allHealthySeconds) {
	}

}
