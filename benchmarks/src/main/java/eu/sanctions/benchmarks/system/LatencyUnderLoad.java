package eu.sanctions.benchmarks.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.ProducerRecord;

import eu.sanctions.benchmarks.CpuUse;
import eu.sanctions.benchmarks.Latency;
import eu.sanctions.benchmarks.RenewalPlan;
import eu.sanctions.benchmarks.stack.BenchStack;
import eu.sanctions.benchmarks.stack.DatabaseActivity;
import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;

/**
 * Workload 3, latency under load: positions on {@code sanctions.positions} at a fixed
 * offered rate, spread over many open renewals and 26 of their 27 states (the 27th stays
 * silent, so no round closes and desks keep revising their positions, as they may until
 * the deadline); each position's latency runs from the instant it was due to be sent to
 * the instant its {@code position-recorded} event was received from the renewal topic,
 * matched by a marker in {@code submittedBy}.
 */
public final class LatencyUnderLoad {

	private static final String MARK = "bench-load-";

	private static final Duration DRAIN = Duration.ofSeconds(90);

	private LatencyUnderLoad() {
	}

	public static Result run(BenchStack stack, RenewalTopicWatch watch, int openRenewals, int perSecond,
			Duration duration, String tag, Consumer<String> say) {
		OpenRenewals open = OpenRenewals.prepare(stack.system(), watch, tag, openRenewals);
		int total = (int) (perSecond * duration.toSeconds());
		List<MemberState> speaking = List.of(MemberState.values()).subList(0, RenewalPlan.STATES - 1);
		Matching matching = new Matching(total);
		watch.listen(matching);
		try (Desks desks = new Desks(stack.bootstrapServers())) {
			List<ProducerRecord<String, byte[]>> records = new ArrayList<>(total);
			for (int i = 0; i < total; i++) {
				int renewal = i % open.size();
				MemberState state = speaking.get((i / open.size()) % speaking.size());
				records.add(desks.support(open.packageKeys().get(renewal), open.renewalIds().get(renewal), state,
						MARK + i));
			}
			say.accept("latency, " + stack.databaseName() + ": " + open.size() + " renewals open, " + perSecond
					+ " positions/s for " + duration.toSeconds() + " s");
			PacedSchedule schedule = new PacedSchedule(System.nanoTime() + 50_000_000L, perSecond);
			matching.schedule(schedule);
			Map<String, DatabaseActivity.Counts> databaseBefore = stack.databaseActivity();
			Map<String, CpuUse.Sample> cpuBefore = stack.cpuTimes();
			long lateSends = 0;
			for (int i = 0; i < total; i++) {
				long due = schedule.awaitTurn(i);
				if (System.nanoTime() - due > 10_000_000L) {
					lateSends++;
				}
				desks.send(records.get(i));
			}
			long lastSent = System.nanoTime();
			desks.flush();
			boolean drained = matching.awaitAll(DRAIN);
			CpuUse cpu = CpuUse.between(cpuBefore, stack.cpuTimes(), total);
			DatabaseActivity databases = DatabaseActivity.between(databaseBefore, stack.databaseActivity(), total);
			double seconds = (lastSent - schedule.intendedAt(0)) / 1e9;
			return new Result(stack.databaseName(), perSecond, duration.toSeconds(), open.size(), total,
					matching.matched(), drained, total / seconds, lateSends, matching.latency(), cpu,
					databases.byService().isEmpty() ? null : databases);
		}
		finally {
			watch.stopListening(matching);
		}
	}

	/** Matches position-recorded events to the positions sent, and records latencies. */
	private static final class Matching implements Consumer<RenewalTopicWatch.RenewalEvent> {

		private final Histogram micros = Latency.histogram();

		private final Set<Integer> seen = new HashSet<>();

		private final int expected;

		private PacedSchedule schedule;

		Matching(int expected) {
			this.expected = expected;
		}

		synchronized void schedule(PacedSchedule schedule) {
			this.schedule = schedule;
		}

		@Override
		public void accept(RenewalTopicWatch.RenewalEvent event) {
			if (!event.is(EventType.POSITION_RECORDED)) {
				return;
			}
			String by = event.data().path("submittedBy").asText("");
			if (!by.startsWith(MARK)) {
				return;
			}
			int i = Integer.parseInt(by.substring(MARK.length()));
			synchronized (this) {
				if (this.seen.add(i)) {
					this.micros.recordValue(Math.max(0, (event.receivedNanos() - this.schedule.intendedAt(i)) / 1000));
				}
				notifyAll();
			}
		}

		synchronized boolean awaitAll(Duration atMost) {
			long deadline = System.nanoTime() + atMost.toNanos();
			while (this.seen.size() < this.expected) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}

		synchronized long matched() {
			return this.seen.size();
		}

		synchronized Latency latency() {
			return Latency.of(this.micros);
		}

	}

	/**
	 * What the run measured.
	 *
	 * @param database the services' database
	 * @param offeredRate positions per second offered
	 * @param durationSeconds for how long
	 * @param openRenewals renewals the positions were spread over
	 * @param sent positions sent
	 * @param recorded position-recorded events matched to them
	 * @param drained whether every position was recorded within the drain time after the
	 * last send
	 * @param achievedRate positions actually sent per second
	 * @param lateSends sends more than 10 ms behind their schedule (the harness's own
	 * lag)
	 * @param latency from each position's intended send to its position-recorded event
	 * @param cpu the processor time the stack's processes used from the first send until
	 * every position was recorded (or the drain time ran out)
	 * @param databases what each service's database did per position, over the same
	 * window (PostgreSQL only; {@code null} on H2)
	 */
	public record Result(String database, int offeredRate, long durationSeconds, int openRenewals, long sent,
			long recorded, boolean drained, double achievedRate, long lateSends, Latency latency, CpuUse cpu,
			DatabaseActivity databases) {
	}

}
