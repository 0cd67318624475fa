package eu.sanctions.benchmarks.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import eu.sanctions.benchmarks.CpuUse;
import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.events.renewal.RenewalCompleted;
import eu.sanctions.processes.renewal.Brussels;

/**
 * Workload 1, the limit: N renewals driven directly through a bare engine's Java API, no
 * Kafka, no HTTP, on several threads (one renewal per thread at a time, as many threads
 * as cores). Two timers: the start and review of all N, then (what workload 2 times too)
 * from the first position to the last renewal ended, adoption and the registry's
 * confirmation included. A few renewals run first, untimed, so that the JIT has compiled
 * the engine's hot paths.
 */
public final class BareEngineWorkload {

	private BareEngineWorkload() {
	}

	public static Result run(EngineDatabase database, String historyLevel, int renewals, int warmUp, int threads,
			Consumer<String> progress) {
		CountingRenewalEvents events = new CountingRenewalEvents();
		ClockUtil.offset(Duration.between(ClockUtil.resetClock().toInstant(), RenewalPlan.START).toMillis());
		ExecutorService workers = Executors.newFixedThreadPool(threads);
		try (BareEngine engine = BareEngine.start(database, historyLevel, events)) {
			LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Brussels.ZONE);
			List<EngineRenewal> warm = renewals(engine, "EU-WARM-K", warmUp);
			each(workers, warm, EngineRenewal::startAndReview);
			each(workers, warm, (renewal) -> renewal.positionsToCompletion(today));
			progress.accept("bare engine (" + database.name() + ", history " + historyLevel + "): warmed up with "
					+ warmUp + " renewals, now " + renewals);

			boolean counted = StatementCounts.wanted() && EngineDatabase.H2.equals(database.name());
			if (counted) {
				StatementCounts.reset(engine.dataSource());
			}
			List<EngineRenewal> timed = renewals(engine, "EU-BENCH-K", renewals);
			long began = System.nanoTime();
			each(workers, timed, EngineRenewal::startAndReview);
			// Read before the clock starts: it lists every process on the machine.
			Optional<CpuUse.Sample> serverBefore = databaseServer(database);
			long positionsBegan = System.nanoTime();
			Duration cpuBefore = CpuUse.ofThisProcess();
			each(workers, timed, (renewal) -> renewal.positionsToCompletion(today));
			long ended = System.nanoTime();
			Duration cpu = CpuUse.ofThisProcess().minus(cpuBefore);
			Optional<CpuUse.Sample> serverAfter = databaseServer(database);
			int positions = renewals * RenewalPlan.STATES;
			Double serverMsPerPosition = (serverBefore.isPresent() && serverAfter.isPresent()) ? Math
				.round(serverAfter.get().total().minus(serverBefore.get().total()).toNanos() / 1e5 / positions) / 10.0
					: null;

			if (counted) {
				progress.accept("bare engine (" + database.name() + ", history " + historyLevel + "), start to end: "
						+ StatementCounts.report(engine.dataSource(), renewals * RenewalPlan.STATES, 12));
			}
			long completed = events.count(RenewalCompleted.class) - warmUp;
			if (completed != renewals) {
				throw new IllegalStateException("Expected " + renewals + " renewals completed, saw " + completed);
			}
			double seconds = seconds(ended - positionsBegan);
			return new Result(database.name(), historyLevel, threads, renewals, renewals * RenewalPlan.STATES,
					seconds(positionsBegan - began), seconds, renewals / seconds,
					renewals * RenewalPlan.STATES / seconds, renewals / seconds(ended - began),
					Math.round(cpu.toNanos() / 1e5 / positions) / 10.0, serverMsPerPosition, completed,
					List.of(Math.round(renewals / seconds * 100) / 100.0));
		}
		finally {
			workers.shutdownNow();
			ClockUtil.reset();
		}
	}

	/** The PostgreSQL server's processor time so far, when the engine runs on it. */
	private static Optional<CpuUse.Sample> databaseServer(EngineDatabase database) {
		return EngineDatabase.POSTGRESQL.equals(database.name()) ? CpuUse.ofPostgresServer() : Optional.empty();
	}

	private static List<EngineRenewal> renewals(BareEngine engine, String prefix, int count) {
		List<EngineRenewal> renewals = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			renewals.add(new EngineRenewal(engine.engine(), prefix + String.format("%03d", i)));
		}
		return renewals;
	}

	private static void each(ExecutorService workers, List<EngineRenewal> renewals, Consumer<EngineRenewal> step) {
		List<Future<?>> steps = new ArrayList<>();
		renewals.forEach((renewal) -> steps.add(workers.submit(() -> step.accept(renewal))));
		for (Future<?> done : steps) {
			try {
				done.get();
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A renewal failed on the bare engine", ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	static double seconds(long nanos) {
		return nanos / 1e9;
	}

	/**
	 * What one run measured.
	 *
	 * @param database H2 or PostgreSQL
	 * @param history the engine's history level
	 * @param threads the threads driving renewals
	 * @param renewals renewals timed
	 * @param positions positions given in them
	 * @param startAndReviewSeconds how long starting and reviewing them all took
	 * @param seconds from the first position to the last renewal ended
	 * @param renewalsPerSecond renewals over {@code seconds}
	 * @param positionsPerSecond positions over {@code seconds}
	 * @param startToCompletedRenewalsPerSecond renewals over the whole run, start to end
	 * @param cpuMsPerPosition processor time this JVM used from the first position to the
	 * last renewal ended, over the positions: the engine's, its job executor's, the
	 * driving threads' and the database's when it is H2
	 * @param databaseServerMsPerPosition the same of the PostgreSQL server's processor
	 * time, every process of it ({@link CpuUse#ofPostgresServer()}); null on H2, or where
	 * it cannot be read
	 * @param completed renewal-completed events counted
	 * @param eachRunRenewalsPerSecond where the workload ran several times and this is
	 * the median run: each run's renewals per second, in the order they ran
	 */
	public record Result(String database, String history, int threads, int renewals, int positions,
			double startAndReviewSeconds, double seconds, double renewalsPerSecond, double positionsPerSecond,
			double startToCompletedRenewalsPerSecond, double cpuMsPerPosition, Double databaseServerMsPerPosition,
			long completed, List<Double> eachRunRenewalsPerSecond) {

		/** This run, standing for several whose renewals per second were these. */
		public Result asMedianOf(List<Double> eachRun) {
			return new Result(this.database, this.history, this.threads, this.renewals, this.positions,
					this.startAndReviewSeconds, this.seconds, this.renewalsPerSecond, this.positionsPerSecond,
					this.startToCompletedRenewalsPerSecond, this.cpuMsPerPosition, this.databaseServerMsPerPosition,
					this.completed, List.copyOf(eachRun));
		}

	}

}
