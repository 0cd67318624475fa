package eu.sanctions.benchmarks.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.ProducerRecord;

import eu.sanctions.benchmarks.CpuUse;
import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.benchmarks.stack.BenchStack;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.systemtests.client.Http;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;

/**
 * Workload 2, through the system: the same renewals as the bare engine's, with the 27
 * positions sent through a door (the desks' systems on {@code sanctions.positions}, or
 * the desks' REST API), the staff's adoption through the engine's REST API as soon as a
 * renewal's last position is on the renewal topic, and the registry's confirmation. The
 * timer runs from the first position sent to the last {@code renewal-completed} received
 * from {@code sanctions.renewal.events}; the renewals are started and reviewed before it
 * starts.
 */
public final class ThroughTheSystem {

	private static final Duration WAIT = Duration.ofMinutes(5);

	private ThroughTheSystem() {
	}

	public static Result run(BenchStack stack, RenewalTopicWatch watch, Door door, int renewals, int restClients,
			String tag, Consumer<String> say) {
		SanctionsSystem system = stack.system();
		OpenRenewals open = OpenRenewals.prepare(system, watch, tag, renewals);
		LocalDate today = LocalDate.ofInstant(system.clocks().now().toInstant(), ZoneId.of("Europe/Brussels"));
		RenewalProgress progress = new RenewalProgress(open.renewalIds());
		StaffSteps staff = new StaffSteps(system);
		ExecutorService staffClients = Executors.newFixedThreadPool(2);
		AtomicReference<Throwable> staffFailure = new AtomicReference<>();
		progress.whenEveryStateAnswered((renewalId) -> staffClients.execute(() -> {
			try {
				staff.adopt(renewalId, today);
			}
			catch (RuntimeException ex) {
				staffFailure.compareAndSet(null, ex);
			}
		}));
		watch.listen(progress);
		say.accept(door.label + " door, " + stack.databaseName() + ": " + renewals + " renewals open, sending "
				+ renewals * RenewalPlan.STATES + " positions");
		try {
			Map<String, CpuUse.Sample> cpuBefore = stack.cpuTimes();
			long began = (door == Door.KAFKA) ? sendOnKafka(stack, open) : sendOverRest(system, open, restClients);
			progress.awaitCompleted(WAIT);
			Map<String, CpuUse.Sample> cpuAfter = stack.cpuTimes();
			if (staffFailure.get() != null) {
				throw new IllegalStateException("Staff could not record an adoption", staffFailure.get());
			}
			double seconds = (progress.lastCompletedAt() - began) / 1e9;
			int positions = renewals * RenewalPlan.STATES;
			return new Result(stack.databaseName(), door.label, renewals, positions, seconds, renewals / seconds,
					positions / seconds, (progress.lastPositionAt() - began) / 1e9, progress.positionsRecorded(),
					CpuUse.between(cpuBefore, cpuAfter, positions),
					List.of(Math.round(renewals / seconds * 100) / 100.0), null);
		}
		finally {
			watch.stopListening(progress);
			staffClients.shutdownNow();
		}
	}

	/**
	 * Sends every position, state after state across the renewals; returns when it began.
	 */
	private static long sendOnKafka(BenchStack stack, OpenRenewals open) {
		try (Desks desks = new Desks(stack.bootstrapServers())) {
			List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
			for (MemberState state : MemberState.values()) {
				for (int i = 0; i < open.size(); i++) {
					records.add(desks.support(open.packageKeys().get(i), open.renewalIds().get(i), state,
							"desk-system-" + state.euCode()));
				}
			}
			long began = System.nanoTime();
			records.forEach(desks::send);
			desks.flush();
			return began;
		}
	}

	/**
	 * Each desk posts its state's position, several desks at once (state after state
	 * across the renewals, so that requests at the same moment are mostly for different
	 * renewals); returns when the first was sent.
	 */
	private static long sendOverRest(SanctionsSystem system, OpenRenewals open, int clients) {
		ExecutorService desks = Executors.newFixedThreadPool(clients);
		try {
			List<Runnable> posts = new ArrayList<>();
			for (MemberState state : MemberState.values()) {
				for (String renewalId : open.renewalIds()) {
					posts.add(() -> {
						Http.Response answer = system.renewals()
							.submit(Users.desk(state), renewalId, state, Position.SUPPORT, null, null);
						if (answer.status() != 200) {
							throw new IllegalStateException("desk-" + state + " on " + renewalId + ": "
									+ answer.status() + " " + answer.text());
						}
					});
				}
			}
			long began = System.nanoTime();
			List<Future<?>> sent = posts.stream().<Future<?>>map(desks::submit).toList();
			for (Future<?> post : sent) {
				post.get();
			}
			return began;
		}
		catch (Exception ex) {
			throw new IllegalStateException("A desk could not post its position", ex);
		}
		finally {
			desks.shutdownNow();
		}
	}

	/** Where the positions come in. */
	public enum Door {

		KAFKA("Kafka"), REST("REST");

		final String label;

		Door(String label) {
			this.label = label;
		}

	}

	/**
	 * What one run measured.
	 *
	 * @param database the services' database
	 * @param door where the positions came in
	 * @param renewals renewals
	 * @param positions positions sent
	 * @param seconds from the first position sent to the last renewal-completed received
	 * @param renewalsPerSecond renewals over {@code seconds}
	 * @param positionsPerSecond positions over {@code seconds}
	 * @param positionsSeconds from the first position sent to the last position-recorded
	 * received
	 * @param positionsRecorded position-recorded events received
	 * @param cpu the processor time the stack's processes used, from the first position
	 * sent to the last renewal-completed received
	 * @param eachRunRenewalsPerSecond where the workload ran several times and this is
	 * the median run: each run's renewals per second, in the order they ran
	 * @param ratioToBareEngine renewals per second over the bare engine's on the same
	 * database
	 */
	public record Result(String database, String door, int renewals, int positions, double seconds,
			double renewalsPerSecond, double positionsPerSecond, double positionsSeconds, long positionsRecorded,
			CpuUse cpu, List<Double> eachRunRenewalsPerSecond, Double ratioToBareEngine) {

		public Result withRatio(Double ratio) {
			return new Result(this.database, this.door, this.renewals, this.positions, this.seconds,
					this.renewalsPerSecond, this.positionsPerSecond, this.positionsSeconds, this.positionsRecorded,
					this.cpu, this.eachRunRenewalsPerSecond, ratio);
		}

		/** This run, standing for several whose renewals per second were these. */
		public Result asMedianOf(List<Double> eachRun) {
			return new Result(this.database, this.door, this.renewals, this.positions, this.seconds,
					this.renewalsPerSecond, this.positionsPerSecond, this.positionsSeconds, this.positionsRecorded,
					this.cpu, List.copyOf(eachRun), this.ratioToBareEngine);
		}

	}

}
