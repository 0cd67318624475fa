package eu.sanctions.renewal.access;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.sanctions.renewal.EmbeddedServiceTest;

/** Who may call what, with the demo users' Basic credentials. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessWithBasicTest extends EmbeddedServiceTest {

	private AccessTable.Fixture fixture;

	@BeforeAll
	void prepareARenewalInReview() {
		makeThisServicesEngineTheDefault();
		this.fixture = AccessTable.Fixture.prepare(this);
	}

	static List<Arguments> rows() {
		return AccessTable.rows();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("rows")
	void answersEachCallerAsItsRoleAllows(String caller, String method, String path, int expected) {
		AccessTable.check(this, this.fixture, caller, method, path, expected);
	}

}
