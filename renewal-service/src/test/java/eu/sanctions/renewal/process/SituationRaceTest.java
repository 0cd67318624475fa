package eu.sanctions.renewal.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;

import eu.sanctions.events.MemberState;
import eu.sanctions.renewal.EmbeddedServiceTest;
import eu.sanctions.renewal.renewal.RenewalSituation;
import eu.sanctions.renewal.renewal.RenewalSituation.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round that opens while a position's situation is being read: the state's task is not
 * there for the first queries, the round's tasks are there for the query of the open
 * tasks. The situation must then be the round with the state's task, not a round that
 * does not ask the state (which refused a position kept during the review, once, on a CI
 * run). The review is completed, through the staff's REST door, at the moment the
 * situation asks for the open tasks.
 */
class SituationRaceTest extends EmbeddedServiceTest {

	@Test
	void findsTheStatesTaskWhenTheRoundOpensBetweenTheSituationsQueries() {
		StartedRenewal started = renewalInReview();
		TaskService tasks = bean(TaskService.class);
		AtomicBoolean opened = new AtomicBoolean();
		TaskService openingTheRound = (TaskService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { TaskService.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("createTaskQuery") && opened.compareAndSet(false, true)) {
						reviewExtending(started.renewalId(), started.expiry().plusYears(1),
								started.expiry().minusDays(20));
					}
					try {
						return method.invoke(tasks, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		RenewalInstances instances = new RenewalInstances(bean(RuntimeService.class), openingTheRound,
				bean(HistoryService.class), bean(ManagementService.class));

		RenewalSituation situation = instances.situation(started.renewalId(), MemberState.PL);

		assertThat(opened).as("the round opened while the situation was read").isTrue();
		assertThat(situation.stage()).isEqualTo(Stage.COLLECTING);
		assertThat(situation.stateTaskId()).as("Poland's task of the round").isNotNull();
		assertThat(tasks.getIdentityLinksForTask(situation.stateTaskId())).extracting(IdentityLink::getGroupId)
			.contains("desk-PL");
	}

}
