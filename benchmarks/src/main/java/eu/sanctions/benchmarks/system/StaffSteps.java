package eu.sanctions.benchmarks.system;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.systemtests.client.SanctionsSystem;

/**
 * The policy staff's steps, as Tasklist takes them: through the engine's REST API, as the
 * user {@code staff}. Called once the event that follows the task's creation is on the
 * topic, so the task is there; a short retry covers a query that runs ahead of it.
 */
final class StaffSteps {

	private final SanctionsSystem system;

	StaffSteps(SanctionsSystem system) {
		this.system = system;
	}

	void review(String renewalId) {
		complete(renewalId, "review", RenewalPlan.review());
	}

	void adopt(String renewalId, LocalDate today) {
		complete(renewalId, "recordAdoption",
				RenewalPlan.adoption(today, renewalId.substring(0, renewalId.indexOf(':'))));
	}

	private void complete(String renewalId, String taskKey, Map<String, String> form) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		Optional<String> task = this.system.tasks().find("staff", renewalId, taskKey);
		while (task.isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("No " + taskKey + " task in " + renewalId + " after 30 s");
			}
			pause();
			task = this.system.tasks().find("staff", renewalId, taskKey);
		}
		this.system.tasks().complete("staff", task.get(), form).expect(204);
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
