package eu.sanctions.benchmarks.system;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.systemtests.client.SanctionsSystem;

/**
 * Renewals waiting for the desks' positions, made as in production: staff create the
 * packages in the registry, the registry's renewal-due event starts each renewal, staff
 * review each through the engine's REST API, and the 27 states are asked.
 *
 * @param packageKeys the packages
 * @param renewalIds their renewals, in the same order
 */
record OpenRenewals(List<String> packageKeys, List<String> renewalIds) {

	private static final Duration WAIT = Duration.ofMinutes(3);

	static OpenRenewals prepare(SanctionsSystem system, RenewalTopicWatch watch, String tag, int count) {
		List<String> keys = BenchPackages.keys(tag, count);
		List<String> ids = keys.stream().map(RenewalPlan::renewalId).toList();
		// Listening before the packages exist: the registry may start the first renewal
		// before the last package is created.
		RenewalProgress progress = new RenewalProgress(ids);
		watch.listen(progress);
		try {
			keys.forEach((key) -> BenchPackages.create(system, key, 0));
			progress.awaitStarted(WAIT);
			StaffSteps staff = new StaffSteps(system);
			ExecutorService clients = Executors.newFixedThreadPool(4);
			try {
				List<Future<?>> reviews = ids.stream()
					.<Future<?>>map((id) -> clients.submit(() -> staff.review(id)))
					.toList();
				for (Future<?> review : reviews) {
					review.get();
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException("Staff could not review the renewals", ex);
			}
			finally {
				clients.shutdownNow();
			}
			progress.awaitPositionsRequested(WAIT);
			return new OpenRenewals(keys, ids);
		}
		finally {
			watch.stopListening(progress);
		}
	}

	int size() {
		return this.renewalIds.size();
	}

}
