package eu.sanctions.renewal.access;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.renewal.ProductionLikeServiceTest;
import eu.sanctions.renewal.TasklistSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production no demo user is provisioned, so Camunda's admin group may have no member;
 * Camunda's Admin webapp would then let anyone create the first administrator, with every
 * permission. The service provisions its administrators itself and refuses that setup.
 */
class CamundaSetupTest extends ProductionLikeServiceTest {

	@Test
	void refusesTheFirstAdminSetupWhenNoAdminExists() {
		assertThat(this.engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count())
			.as("no administrator is provisioned")
			.isZero();
		TasklistSession visitor = TasklistSession.anonymous(this.rest);

		ResponseEntity<String> setup = visitor
			.exchange(HttpMethod.POST, "/camunda/api/admin/setup/default/user/create",
					json(Map.of("profile",
							Map.of("id", "intruder", "firstName", "In", "lastName", "Truder", "email",
									"intruder@example.org"),
							"credentials", Map.of("password", "intruder-password-1"))));

		assertThat(setup.getStatusCode().value()).as(setup.getBody()).isEqualTo(403);
		assertThat(setup.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
		assertThat(this.engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
	}

}
