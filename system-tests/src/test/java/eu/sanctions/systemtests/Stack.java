package eu.sanctions.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.sanctions.events.testing.KafkaTestBroker;
import eu.sanctions.systemtests.client.Endpoints;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

/**
 * The whole system for the system tests: one real Kafka broker (a container where Docker
 * runs, else the in-JVM KRaft broker), an SMTP server (GreenMail), an integrator's
 * webhook endpoint, and the three services started from their jars as separate processes,
 * each on its own H2 file database. The services' clocks start on 22 November 2026, 09:00
 * UTC, whatever day the build runs, and only move forward when a test moves them.
 */
final class Stack implements ExtensionContext.Store.CloseableResource {

	/**
	 * The day the scenarios start on: Belarus due for review, its expiry 28 February 2027
	 * ahead.
	 */
	static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Logger log = LoggerFactory.getLogger(Stack.class);

	private final KafkaTestBroker broker;

	private final GreenMail mail;

	private final WebhookReceiver webhooks;

	private final List<ServiceProcess> services;

	private final SanctionsSystem system;

	private final Users users;

	private final Path usersFile;

	private Stack(KafkaTestBroker broker, GreenMail mail, WebhookReceiver webhooks, List<ServiceProcess> services,
			SanctionsSystem system, Users users, Path usersFile) {
		this.broker = broker;
		this.mail = mail;
		this.webhooks = webhooks;
		this.services = services;
		this.system = system;
		this.users = users;
		this.usersFile = usersFile;
	}

	static Stack start() {
		long began = System.nanoTime();
		Path home = Path.of("target", "system-tests", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
		try {
			Files.createDirectories(home.resolve("logs"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Users users = Users.generate(home.resolve("users.properties"));
		KafkaTestBroker broker = KafkaTestBroker.start();
		GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		WebhookReceiver webhooks = WebhookReceiver.start();

		Map<String, String> common = new HashMap<>();
		common.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
		common.put("SANCTIONS_USERS_FILE", home.resolve("users.properties").toString());
		common.put("SANCTIONS_DATA_DIR", home.resolve("data").toString());
		Map<String, String> movableClock = Map.of("SANCTIONS_CLOCK_MOVABLE", "true", "SANCTIONS_CLOCK_START",
				START.toString());

		Map<String, String> registry = new HashMap<>(common);
		registry.putAll(movableClock);
		registry.put("SANCTIONS_REGISTRY_RENEWAL_DUE_CRON", "*/2 * * * * *");
		Map<String, String> renewal = new HashMap<>(common);
		renewal.putAll(movableClock);
		Map<String, String> notification = new HashMap<>(common);
		notification.put("SPRING_MAIL_HOST", "127.0.0.1");
		notification.put("SPRING_MAIL_PORT", Integer.toString(mail.getSmtp().getPort()));
		notification.put("SANCTIONS_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
		notification.put("SANCTIONS_NOTIFICATION_EMAIL_ADDRESSES_STAFF", "sanctions-team@sanctions.test");
		notification.put("SANCTIONS_NOTIFICATION_DELIVERY_POLLINTERVAL", "500ms");

		Path logs = home.resolve("logs");
		List<ServiceProcess> services = List.of(
				ServiceProcess.start("registry", jar("registry-service"), freePort(), logs, registry),
				ServiceProcess.start("renewal", jar("renewal-service"), freePort(), logs, renewal),
				ServiceProcess.start("notification", jar("notification-service"), freePort(), logs, notification));
		try {
			services.forEach((service) -> service.awaitHealthy(Duration.ofMinutes(3)));
		}
		catch (RuntimeException ex) {
			services.forEach(ServiceProcess::close);
			broker.close();
			mail.stop();
			webhooks.close();
			throw ex;
		}
		Endpoints endpoints = new Endpoints(services.get(0).baseUri(), services.get(1).baseUri(),
				services.get(2).baseUri(), broker.bootstrapServers());
		log.info("System-test stack up in {} s: {} (logs in {})", (System.nanoTime() - began) / 1_000_000_000,
				endpoints, logs);
		return new Stack(broker, mail, webhooks, services, new SanctionsSystem(endpoints, users), users,
				home.resolve("users.properties"));
	}

	SanctionsSystem system() {
		return this.system;
	}

	String bootstrapServers() {
		return this.broker.bootstrapServers();
	}

	GreenMail mail() {
		return this.mail;
	}

	WebhookReceiver webhooks() {
		return this.webhooks;
	}

	Users users() {
		return this.users;
	}

	/** The users and passwords of this stack, as {@code ./sanctions up} writes them. */
	Path usersFile() {
		return this.usersFile;
	}

	/** The day it is for the services, in Brussels. */
	LocalDate today() {
		return this.system.clocks().now().atZoneSameInstant(BRUSSELS).toLocalDate();
	}

	@Override
	public void close() {
		this.system.close();
		this.services.forEach(ServiceProcess::close);
		this.webhooks.close();
		this.mail.stop();
		this.broker.close();
	}

	private static Path jar(String module) {
		String version = System.getProperty("sanctions.project-version", "0.1.0-SNAPSHOT");
		Path jar = Path.of(System.getProperty("sanctions.repository-root", ".."), module, "target",
				module + "-" + version + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": build the services first (./mvnw -B verify does)");
		}
		return jar;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
