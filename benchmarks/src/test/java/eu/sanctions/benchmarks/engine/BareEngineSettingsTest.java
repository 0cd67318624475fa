package eu.sanctions.benchmarks.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bare engine is the service's engine without the service: what renewal-service's
 * configuration turns on that changes the engine's work at every position is on here too.
 */
class BareEngineSettingsTest {

	private static final Path REPOSITORY = Path.of(System.getProperty("sanctions.repository-root", ".."))
		.toAbsolutePath()
		.normalize();

	@Test
	void authorizationIsOnOrOffAsInRenewalService() throws IOException {
		String configuration = Files
			.readString(REPOSITORY.resolve("renewal-service/src/main/resources/application.yml"));
		Matcher enabled = Pattern
			.compile("(?m)^camunda:\\n  bpm:\\n(?:    .*\\n)*?    authorization:\\n      enabled: (\\w+)$")
			.matcher(configuration);

		assertThat(enabled.find()).as("camunda.bpm.authorization.enabled in renewal-service's application.yml")
			.isTrue();
		assertThat(BareEngine.AUTHORIZATION_ENABLED).isEqualTo(Boolean.parseBoolean(enabled.group(1)));
	}

}
