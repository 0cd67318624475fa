package eu.sanctions.events.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each service's entry in {@code docker-compose.yml} must hold: the variables it
 * sets are ones the service reads, its database is its own, its port and health check are
 * the service's, its image is built in two stages. No Docker engine runs on the build
 * machines, so this reads the file instead of starting it. Each service extends this with
 * its name and port.
 */
public abstract class ComposeServiceContract {

	private final ComposeFile compose = ComposeFile.load();

	private final String service;

	private final String name;

	private final int port;

	/**
	 * @param name the service's short name: its database, its user, its module is
	 * {@code name-service}
	 * @param port the port it listens on
	 */
	protected ComposeServiceContract(String name, int port) {
		this.name = name;
		this.service = name + "-service";
		this.port = port;
	}

	@Test
	protected void bindsEveryEnvironmentVariableToAPropertyTheServiceReads() {
		ComposeFile.ReadVariables read = ComposeFile.readVariables("application.yml");
		assertThat(this.compose.environment(this.service).keySet()).allSatisfy(
				(variable) -> assertThat(read.reads(variable)).as("%s reads %s", this.service, variable).isTrue());
		assertThat(read.reads("SPRING_DATASOURCE_URLL")).as("a misspelt variable is caught").isFalse();
	}

	@Test
	protected void connectsToThePostgresDatabaseOfItsOwnAndToTheBroker() {
		Map<String, String> environment = this.compose.environment(this.service);
		assertThat(environment).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/" + this.name)
			.containsEntry("SPRING_DATASOURCE_USERNAME", this.name)
			.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
		assertThat(this.compose.read("docker-compose.yml"))
			.contains("CREATE DATABASE " + this.name + " OWNER " + this.name + ";");
		assertThat(this.compose.dependsOn(this.service)).containsEntry("kafka", "service_healthy")
			.containsEntry("postgres", "service_healthy");
	}

	@Test
	protected void publishesThePortTheServiceListensOnAndChecksHealthThere() {
		assertThat(this.compose.environment(this.service)).containsEntry("SERVER_PORT", String.valueOf(this.port));
		assertThat(this.compose.read(this.service + "/src/main/resources/application.yml"))
			.contains("port: ${SERVER_PORT:" + this.port + "}");
		assertThat(this.compose.ports(this.service)).containsExactly("127.0.0.1:" + this.port + ":" + this.port);
		assertThat(this.compose.healthCheck(this.service))
			.contains("http://localhost:" + this.port + "/actuator/health");
	}

	@Test
	protected void buildsTheServiceInTwoStagesOntoATemurinJre() {
		assertThat(this.compose.service(this.service).path("build").path("dockerfile").asText())
			.isEqualTo(this.service + "/Dockerfile");
		String dockerfile = this.compose.read(this.service + "/Dockerfile");
		assertThat(dockerfile).contains("FROM eclipse-temurin:17-jdk AS build")
			.contains("./mvnw -B")
			.contains("-pl " + this.service + " -am package")
			.contains("FROM eclipse-temurin:17-jre")
			.contains("EXPOSE " + this.port)
			.contains("http://localhost:" + this.port + "/actuator/health");
	}

	/**
	 * Maven reads every module of the reactor before {@code -pl} picks one: a module the
	 * image does not copy (at least its pom) fails the build in the container only.
	 */
	@Test
	protected void copiesEveryModuleOfTheReactorIntoTheBuildStage() {
		String dockerfile = this.compose.read(this.service + "/Dockerfile");
		Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(this.compose.read("pom.xml"));
		List<String> names = new ArrayList<>();
		while (modules.find()) {
			names.add(modules.group(1));
		}
		assertThat(names).isNotEmpty()
			.allSatisfy((module) -> assertThat(dockerfile).as("the Dockerfile of %s copies %s", this.service, module)
				.containsAnyOf("COPY " + module + " " + module, "COPY " + module + "/pom.xml " + module + "/pom.xml"));
	}

	/**
	 * The service connects through a listener that the broker advertises at the very
	 * address the service was given, on Compose's network: a client is sent on to the
	 * advertised address, whatever it bootstrapped from.
	 */
	@Test
	protected void connectsThroughAListenerThatTheBrokerAdvertisesAtThatAddress() {
		String bootstrap = this.compose.environment(this.service).get("SPRING_KAFKA_BOOTSTRAP_SERVERS");
		Map<String, String> advertised = listeners("KAFKA_ADVERTISED_LISTENERS");
		assertThat(advertised).as("the broker's advertised listeners").containsValue(bootstrap);
		String listener = advertised.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(bootstrap))
			.findFirst()
			.orElseThrow()
			.getKey();
		assertThat(port(listeners("KAFKA_LISTENERS").get(listener))).as("the port %s listens on", listener)
			.isEqualTo(port(bootstrap));
		assertThat(bootstrap).as("the broker's address on Compose's network").startsWith("kafka:");
	}

	/**
	 * A port published to the host leads to a listener that advertises the host's address
	 * of it: one that advertised {@code kafka:9092} would send a client on the host to a
	 * name it cannot resolve.
	 */
	@Test
	protected void advertisesEachBrokerPortPublishedToTheHostAtTheHostsAddress() {
		Map<String, String> bound = listeners("KAFKA_LISTENERS");
		Map<String, String> advertised = listeners("KAFKA_ADVERTISED_LISTENERS");
		List<String> published = this.compose.ports("kafka");
		assertThat(published).as("the broker's published ports").isNotEmpty();
		for (String port : published) {
			String[] parts = port.split(":");
			assertThat(parts).as("%s: host address, host port, container port", port).hasSize(3);
			assertThat(parts[0]).as("published on loopback only").isEqualTo("127.0.0.1");
			String listener = bound.entrySet()
				.stream()
				.filter((entry) -> port(entry.getValue()) == Integer.parseInt(parts[2]))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow(() -> new AssertionError("No listener on container port " + parts[2]));
			assertThat(advertised.get(listener)).as("what the listener %s behind %s advertises", listener, port)
				.isEqualTo(parts[0] + ":" + parts[1]);
		}
	}

	/**
	 * One node that is broker and controller, its controller listener the quorum's
	 * address and never advertised, every listener with a security protocol, brokers
	 * talking to each other on a listener they advertise, the internal topics replicated
	 * no more than one node can, the log on the volume, and topics created by the
	 * services only (with the layout the contract documents).
	 */
	@Test
	protected void runsTheBrokerAsASingleNodeKRaftCluster() {
		Map<String, String> kafka = this.compose.environment("kafka");
		Map<String, String> bound = listeners("KAFKA_LISTENERS");
		Map<String, String> advertised = listeners("KAFKA_ADVERTISED_LISTENERS");
		assertThat(kafka.get("KAFKA_PROCESS_ROLES").split(",")).containsExactlyInAnyOrder("broker", "controller");
		String controller = kafka.get("KAFKA_CONTROLLER_LISTENER_NAMES");
		assertThat(bound).containsKey(controller);
		assertThat(advertised).doesNotContainKey(controller);
		assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).as("the quorum: this node, on its controller listener")
			.isEqualTo(kafka.get("KAFKA_NODE_ID") + "@kafka:" + port(bound.get(controller)));
		Map<String, String> protocols = new HashMap<>();
		for (String entry : kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(",")) {
			protocols.put(entry.split(":")[0], entry.split(":")[1]);
		}
		assertThat(protocols.keySet()).as("listeners with a security protocol").containsAll(bound.keySet());
		assertThat(bound.keySet()).as("listeners bound").containsAll(advertised.keySet());
		String interBroker = kafka.getOrDefault("KAFKA_INTER_BROKER_LISTENER_NAME", "PLAINTEXT");
		assertThat(advertised.get(interBroker)).as("the brokers' own listener, %s", interBroker).startsWith("kafka:");
		kafka.forEach((name, value) -> {
			if (name.endsWith("_REPLICATION_FACTOR") || name.endsWith("_MIN_ISR")) {
				assertThat(Integer.parseInt(value)).as("%s on one node", name).isEqualTo(1);
			}
		});
		assertThat(kafka).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
		assertThat(volumeTargets("kafka")).as("the broker's volumes").contains(kafka.get("KAFKA_LOG_DIRS"));
	}

	/**
	 * The broker is healthy once it answers on a listener it has, with a tool its image
	 * has.
	 */
	@Test
	protected void checksTheBrokersHealthOnAListenerItHas() {
		Matcher bootstrap = Pattern.compile("--bootstrap-server localhost:(\\d+)")
			.matcher(this.compose.healthCheck("kafka"));
		assertThat(bootstrap.find()).as("the health check names its bootstrap server").isTrue();
		assertThat(listeners("KAFKA_LISTENERS").values()).extracting(ComposeServiceContract::port)
			.contains(Integer.parseInt(bootstrap.group(1)));
		assertThat(this.compose.healthCheck("kafka")).contains("/opt/kafka/bin/kafka-broker-api-versions.sh");
	}

	/**
	 * PostgreSQL 16 creates the service's database and owner on its first start, with the
	 * password the service is given, keeps its data on a volume, is healthy when it takes
	 * connections, and is not published to the host.
	 */
	@Test
	protected void runsPostgresWithTheServicesDatabaseAndOwner() {
		JsonNode postgres = this.compose.service("postgres");
		assertThat(postgres.path("image").asText()).startsWith("postgres:16");
		assertThat(this.compose.healthCheck("postgres")).contains("pg_isready -U postgres");
		assertThat(this.compose.ports("postgres")).as("PostgreSQL is for the containers only").isEmpty();
		assertThat(volumeTargets("postgres")).contains("/var/lib/postgresql/data");
		String initialisation = null;
		for (JsonNode config : postgres.path("configs")) {
			if (config.path("target").asText().startsWith("/docker-entrypoint-initdb.d/")) {
				initialisation = this.compose.config(config.path("source").asText()).path("content").asText();
			}
		}
		assertThat(initialisation).as("a script in /docker-entrypoint-initdb.d/").isNotNull();
		String password = this.compose.environment(this.service).get("SPRING_DATASOURCE_PASSWORD");
		assertThat(initialisation).contains("CREATE USER " + this.name + " WITH PASSWORD '" + password + "';")
			.contains("CREATE DATABASE " + this.name + " OWNER " + this.name + ";");
	}

	/**
	 * The demo users are a file that {@code ./sanctions users} writes, which Compose
	 * mounts where the service reads it: the README says to run that first.
	 */
	@Test
	protected void readsTheDemoUsersThatSanctionsUsersWrites() {
		String file = this.compose.config("users").path("file").asText();
		assertThat(file).isEqualTo("./.sanctions/users.properties");
		assertThat(this.compose.read("sanctions")).contains("HOME_DIR=${SANCTIONS_HOME:-$ROOT/.sanctions}")
			.contains("USERS_FILE=$HOME_DIR/users.properties")
			.contains("users) ensure_users");
		String target = null;
		for (JsonNode config : this.compose.service(this.service).path("configs")) {
			if (config.path("source").asText().equals("users")) {
				target = config.path("target").asText();
			}
		}
		assertThat(this.compose.environment(this.service)).containsEntry("SANCTIONS_USERS_FILE", target);
		assertThat(this.compose.read("README.md")).contains("./sanctions users");
	}

	@Test
	protected void runsTheKafkaBrokerThatTheBuildTestsAgainst() {
		assertThat(this.compose.service("kafka").path("image").asText())
			.isEqualTo(System.getProperty("sanctions.test.kafka-image"));
		assertThat(this.compose.service("postgres").path("image").asText())
			.isEqualTo(System.getProperty("sanctions.test.postgres-image"));
	}

	/** A listener setting of the broker, as listener name to {@code host:port}. */
	private Map<String, String> listeners(String variable) {
		Map<String, String> listeners = new LinkedHashMap<>();
		for (String listener : this.compose.environment("kafka").get(variable).split(",")) {
			Matcher matcher = Pattern.compile("([A-Z_]+)://(.*)").matcher(listener.trim());
			assertThat(matcher.matches()).as("%s: %s", variable, listener).isTrue();
			listeners.put(matcher.group(1), matcher.group(2));
		}
		return listeners;
	}

	private static int port(String address) {
		return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
	}

	private List<String> volumeTargets(String service) {
		List<String> targets = new ArrayList<>();
		this.compose.service(service)
			.path("volumes")
			.forEach((volume) -> targets.add(volume.asText().substring(volume.asText().indexOf(':') + 1)));
		return targets;
	}

}
