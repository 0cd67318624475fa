package eu.sanctions.events.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The repository's {@code docker-compose.yml}, read as a service sees it, so that each
 * service can check that what Compose gives it is what it reads. No Docker engine runs on
 * the build machines: this is how the Compose file is kept honest without one.
 */
public final class ComposeFile {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]");

	private final JsonNode root;

	private final Path repository;

	private ComposeFile(JsonNode root, Path repository) {
		this.root = root;
		this.repository = repository;
	}

	/**
	 * The Compose file at the repository root; the build passes the root as
	 * {@code sanctions.repository-root}.
	 */
	public static ComposeFile load() {
		Path repository = Path.of(System.getProperty("sanctions.repository-root", "..")).toAbsolutePath().normalize();
		try {
			return new ComposeFile(
					new ObjectMapper(new YAMLFactory()).readTree(repository.resolve("docker-compose.yml").toFile()),
					repository);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path repository() {
		return this.repository;
	}

	public JsonNode service(String name) {
		JsonNode service = this.root.path("services").path(name);
		if (service.isMissingNode()) {
			throw new AssertionError("docker-compose.yml has no service " + name);
		}
		return service;
	}

	/** A config of the top-level {@code configs}. */
	public JsonNode config(String name) {
		JsonNode config = this.root.path("configs").path(name);
		if (config.isMissingNode()) {
			throw new AssertionError("docker-compose.yml has no config " + name);
		}
		return config;
	}

	/** The environment Compose gives a service, as name to value. */
	public Map<String, String> environment(String name) {
		Map<String, String> environment = new LinkedHashMap<>();
		service(name).path("environment")
			.properties()
			.forEach((entry) -> environment.put(entry.getKey(), entry.getValue().asText()));
		return environment;
	}

	/** The ports a service publishes, as "host-address:host-port:container-port". */
	public List<String> ports(String name) {
		List<String> ports = new ArrayList<>();
		service(name).path("ports").forEach((port) -> ports.add(port.asText()));
		return ports;
	}

	/** The words of a service's health check command. */
	public String healthCheck(String name) {
		List<String> words = new ArrayList<>();
		service(name).path("healthcheck").path("test").forEach((word) -> words.add(word.asText()));
		return String.join(" ", words);
	}

	/** Services this one waits for, with the condition it waits on. */
	public Map<String, String> dependsOn(String name) {
		Map<String, String> dependsOn = new LinkedHashMap<>();
		service(name).path("depends_on")
			.properties()
			.forEach((entry) -> dependsOn.put(entry.getKey(), entry.getValue().path("condition").asText()));
		return dependsOn;
	}

	/**
	 * The environment variables a Spring Boot application on this classpath reads: those
	 * its configuration files name as placeholders ({@code ${SPRING_DATASOURCE_URL:...}})
	 * and those that relaxed binding maps onto a property that the application or one of
	 * its libraries declares (its configuration metadata).
	 * @param configurationFiles the application's configuration files, e.g.
	 * {@code application.yml}
	 * @return a predicate-like view: {@link ReadVariables#reads(String)}
	 */
	public static ReadVariables readVariables(String... configurationFiles) {
		Set<String> placeholders = new HashSet<>();
		Set<String> properties = new HashSet<>();
		ClassLoader loader = ComposeFile.class.getClassLoader();
		try {
			for (String file : configurationFiles) {
				try (InputStream in = loader.getResourceAsStream(file)) {
					if (in == null) {
						continue;
					}
					String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
					Matcher matcher = PLACEHOLDER.matcher(text);
					while (matcher.find()) {
						placeholders.add(matcher.group(1));
					}
					flatten("", new ObjectMapper(new YAMLFactory()).readTree(text), properties);
				}
			}
			for (String metadata : List.of("META-INF/spring-configuration-metadata.json",
					"META-INF/additional-spring-configuration-metadata.json")) {
				Enumeration<URL> resources = loader.getResources(metadata);
				while (resources.hasMoreElements()) {
					try (InputStream in = resources.nextElement().openStream()) {
						new ObjectMapper().readTree(in)
							.path("properties")
							.forEach((property) -> properties.add(property.path("name").asText()));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> uniform = new HashSet<>();
		properties.forEach((property) -> uniform.add(uniform(property)));
		return new ReadVariables(placeholders, uniform);
	}

	/** Whether a file exists in the repository, and its text. */
	public String read(String relativePath) {
		try {
			return Files.readString(this.repository.resolve(relativePath));
		}
		catch (IOException ex) {
			throw new AssertionError(relativePath + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static void flatten(String prefix, JsonNode node, Set<String> into) {
		if (node == null) {
			return;
		}
		if (node.isObject()) {
			node.properties()
				.forEach((entry) -> flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(),
						entry.getValue(), into));
		}
		else {
			into.add(prefix);
		}
	}

	/** Relaxed binding: case, dots, dashes and underscores do not matter. */
	private static String uniform(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/** The environment variables an application reads. */
	public record ReadVariables(Set<String> placeholders, Set<String> uniformProperties) {

		public boolean reads(String variable) {
			return this.placeholders.contains(variable) || this.uniformProperties.contains(uniform(variable));
		}

	}

}
