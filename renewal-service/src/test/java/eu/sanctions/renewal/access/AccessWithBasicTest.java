package eu.sanctions.renewal.access;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.sanctions.renewal.EmbeddedServiceTest;

/** Who may call what, with the demo users' Basic credentials, and in Tasklist. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessWithBasicTest extends EmbeddedServiceTest {

	private AccessTable.Fixture fixture;

	private final AccessTable.Sessions tasklist = new AccessTable.Sessions();

	@BeforeAll
	void prepareRenewalsInReviewAndAskingTheDesks() {
		makeThisServicesEngineTheDefault();
		this.fixture = AccessTable.Fixture.prepare(this, this.engine);
	}

	static List<Arguments> rows() {
		return AccessTable.rows();
	}

	@ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
	@MethodSource("rows")
	void answersEachCallerAsItsRoleAllows(String caller, String method, String path, String body, int expected)
			throws Exception {
		AccessTable.check(this, this.rest, this.tasklist, this.fixture, caller, method, path, body, expected);
	}

	@Test
	void showsTheHealthComponentsToAdminsOnly() throws Exception {
		AccessTable.checkHealthDetails(this);
	}

}
