package eu.sanctions.registry.access;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import eu.sanctions.registry.BrokerTestBase;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.Packages;

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

	private static HttpHeaders basic(String caller) {
		HttpHeaders headers = new HttpHeaders();
		if (!caller.equals("anonymous")) {
			headers.setBasicAuth(caller.equals("desk") ? "desk-LT" : caller, PASSWORD);
		}
		return headers;
	}

}
