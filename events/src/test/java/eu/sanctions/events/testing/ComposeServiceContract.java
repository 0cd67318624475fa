package eu.sanctions.events.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	@Test
	protected void runsTheKafkaBrokerThatTheBuildTestsAgainst() {
		assertThat(this.compose.service("kafka").path("image").asText())
			.isEqualTo(System.getProperty("sanctions.test.kafka-image"));
		assertThat(this.compose.service("postgres").path("image").asText())
			.isEqualTo(System.getProperty("sanctions.test.postgres-image"));
	}

}
