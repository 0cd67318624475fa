package eu.sanctions.registry.access;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import eu.sanctions.registry.BrokerTestBase;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what, with the demo users' Basic credentials. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessWithBasicTest extends BrokerTestBase {

	private static final String PACKAGE = "EU-ACCESS-BASIC";

	@Autowired
	EditingPackages editing;

	@Autowired
	Packages packages;

	@BeforeAll
	void createAPackageOfItsOwn() {
		AccessTable.createPackage(this.editing, this.packages, PACKAGE);
	}

	static List<Arguments> rows() {
		return AccessTable.rows();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("rows")
	void answersEachCallerAsItsRoleAllows(String caller, String method, String path, int expected) {
		AccessTable.check(this.rest, AccessWithBasicTest::basic, PACKAGE, caller, method, path, expected);
	}

	@Test
	void showsTheHealthsDetailsToAdminsAlone() {
		JsonNode anonymous = this.rest.getForObject("/actuator/health", JsonNode.class);
		JsonNode desk = as("desk-LT").getForObject("/actuator/health", JsonNode.class);
		JsonNode staff = as("staff").getForObject("/actuator/health", JsonNode.class);
		JsonNode admin = as("admin").getForObject("/actuator/health", JsonNode.class);

		assertThat(List.of(anonymous, desk, staff)).allSatisfy((health) -> {
			assertThat(health.path("status").asText()).isEqualTo("UP");
			assertThat(health.has("components")).as("%s", health).isFalse();
		});
		assertThat(admin.path("components").path("db").path("details").path("database").asText()).isEqualTo("H2");
	}

	private static HttpHeaders basic(String caller) {
		HttpHeaders headers = new HttpHeaders();
		if (!caller.equals("anonymous")) {
			headers.setBasicAuth(caller.equals("desk") ? "desk-LT" : caller, PASSWORD);
		}
		return headers;
	}

}
