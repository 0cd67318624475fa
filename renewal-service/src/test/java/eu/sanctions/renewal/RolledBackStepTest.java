package eu.sanctions.renewal;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.processes.process.RenewalProcess.Variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An event leaves if and only if the step that emitted it commits: a step that fails
 * after publishing leaves neither an outbox row nor a change in the read model.
 */
class RolledBackStepTest extends EmbeddedServiceTest {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Test
	void publishesNothingFromAStepThatFailsAfterPublishing() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("publish-then-fail")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("open")
			.camundaDelegateExpression("${renewalOpening}")
			.serviceTask("fail")
			.camundaExpression("${noSuchBean.fail()}")
			.endEvent()
			.done();
		this.repository.createDeployment().addModelInstance("publish-then-fail.bpmn", model).deploy();
		String packageKey = newPackageKey();
		LocalDate expiry = today().plusMonths(3);
		String renewalId = packageKey + ":" + expiry;

		assertThatThrownBy(() -> this.runtime.startProcessInstanceByKey("publish-then-fail", renewalId,
				Map.of(Variables.PACKAGE_KEY, packageKey, Variables.EXPIRY, expiry.toString(),
						Variables.RENEWAL_CYCLE_MONTHS, 12, Variables.STARTED_BY, "staff")))
			.hasMessageContaining("noSuchBean");

		assertThat(count("SELECT COUNT(*) FROM event_outbox WHERE record_key = ?", packageKey)).isZero();
		assertThat(count("SELECT COUNT(*) FROM event_sequence WHERE record_key = ?", packageKey)).isZero();
		assertThat(count("SELECT COUNT(*) FROM renewal WHERE id = ?", renewalId)).isZero();
		assertThat(count("SELECT COUNT(*) FROM renewal_timeline WHERE renewal_id = ?", renewalId)).isZero();
		assertThat(get("staff", "/api/renewals/" + renewalId).getStatusCode().value()).isEqualTo(404);

		// The same step, committed: its event is in the outbox and the read model.
		this.repository.createDeployment()
			.addModelInstance("publish-and-end.bpmn",
					Bpmn.createExecutableProcess("publish-and-end")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask("open")
						.camundaDelegateExpression("${renewalOpening}")
						.endEvent()
						.done())
			.deploy();
		String committedKey = newPackageKey();
		this.runtime.startProcessInstanceByKey("publish-and-end", committedKey + ":" + expiry,
				Map.of(Variables.PACKAGE_KEY, committedKey, Variables.EXPIRY, expiry.toString(),
						Variables.RENEWAL_CYCLE_MONTHS, 12, Variables.STARTED_BY, "staff"));
		assertThat(count("SELECT COUNT(*) FROM event_outbox WHERE record_key = ?", committedKey)).isOne();
		assertThat(count("SELECT COUNT(*) FROM renewal WHERE id = ?", committedKey + ":" + expiry)).isOne();
	}

	private long count(String sql, String key) {
		return this.jdbc.sql(sql).param(key).query(Long.class).single();
	}

}
