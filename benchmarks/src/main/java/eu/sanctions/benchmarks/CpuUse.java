package eu.sanctions.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The processor time a workload took, per process, and per position: a figure that holds
 * when the machine is busy with other work, where a rate does not, and that says which
 * process the time went to; and, of each process's time, what its JIT compilers took,
 * which in JVMs a few minutes old is much of it.
 *
 * @param secondsByProcess processor seconds (user and system) each process used during
 * the workload, and, where they can be read, the harness's own ({@value #HARNESS}), which
 * sends the load on the same cores, and the PostgreSQL server's
 * ({@value #DATABASE_SERVER}, every database on it, its maintenance included)
 * @param totalSeconds their sum, the harness's and the database server's left out (so
 * that it compares with the runs before the server's time was read): the services' and
 * the broker's processor time
 * @param msPerPosition the sum over the positions the workload sent, in milliseconds
 * @param compilingSecondsByProcess of each process's seconds, those of its JIT compiler
 * threads (from Linux's {@code /proc}; empty elsewhere)
 */
public record CpuUse(Map<String, Double> secondsByProcess, double totalSeconds, double msPerPosition,
		Map<String, Double> compilingSecondsByProcess) {

	/**
	 * The harness's entry: shown beside the system's processes, not counted in the sum.
	 */
	public static final String HARNESS = "harness";

	/**
	 * The PostgreSQL server's entry, when the stack runs on the local server: shown
	 * beside the system's processes, not counted in the sum.
	 */
	public static final String DATABASE_SERVER = "postgres";

	private static final Set<String> BESIDE = Set.of(HARNESS, DATABASE_SERVER);

	/** Linux reports threads' processor times in ticks of 1/100 s (USER_HZ). */
	private static final long NANOS_PER_TICK = 10_000_000L;

	/** From the processes' processor times before and after a workload of n positions. */
	public static CpuUse between(Map<String, Sample> before, Map<String, Sample> after, long positions) {
		Map<String, Double> used = new LinkedHashMap<>();
		Map<String, Double> compiling = new LinkedHashMap<>();
		after.forEach((process, sample) -> {
			Sample start = before.get(process);
			if (start != null) {
				used.put(process, seconds(sample.total().minus(start.total())));
				if (sample.compiling() != null && start.compiling() != null) {
					compiling.put(process, seconds(sample.compiling().minus(start.compiling())));
				}
			}
		});
		double sum = used.entrySet()
			.stream()
			.filter((entry) -> !BESIDE.contains(entry.getKey()))
			.mapToDouble(Map.Entry::getValue)
			.sum();
		return new CpuUse(used, round(sum), (positions > 0) ? round(sum * 1000 / positions) : 0, compiling);
	}

	/**
	 * The share of the system's processor time (the harness's left out) that its JIT
	 * compilers took; NaN where that is not known for every process.
	 */
	public double compilingShare() {
		double compiling = 0;
		for (String process : this.secondsByProcess.keySet()) {
			if (BESIDE.contains(process)) {
				continue;
			}
			Double seconds = this.compilingSecondsByProcess.get(process);
			if (seconds == null) {
				return Double.NaN;
			}
			compiling += seconds;
		}
		return (this.totalSeconds > 0) ? compiling / this.totalSeconds : Double.NaN;
	}

	/** The processor time this JVM has used so far, all its threads. */
	public static Duration ofThisProcess() {
		return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** A process's processor time so far, and its compilers'; empty once it is gone. */
	public static Optional<Sample> of(long pid) {
		return ProcessHandle.of(pid)
			.flatMap((process) -> process.info().totalCpuDuration())
			.map((total) -> new Sample(total, compilingOf(pid)));
	}

	/**
	 * The processor time of the PostgreSQL server on this machine so far: its
	 * postmaster's own and that of the children it has reaped (ended backends), and each
	 * running child process's (the backends, the writers, the WAL writer, autovacuum's
	 * workers). Empty where there is no {@code /proc} or no such server (a Testcontainers
	 * one runs in a virtual machine of its own on some systems).
	 */
	public static Optional<Sample> ofPostgresServer() {
		Optional<ProcessHandle> postmaster = ProcessHandle.allProcesses()
			.filter(CpuUse::isPostgres)
			.filter((process) -> process.parent().filter(CpuUse::isPostgres).isEmpty())
			.findFirst();
		return postmaster.flatMap((server) -> {
			long[] own = ticks(server.pid());
			if (own == null) {
				return Optional.empty();
			}
			// The postmaster's own time and its ended children's; each running child's
			// own.
			long total = own[0];
			for (ProcessHandle child : server.descendants().toList()) {
				long[] ticks = ticks(child.pid());
				total += (ticks != null) ? ticks[0] - ticks[1] : 0;
			}
			return Optional.of(new Sample(Duration.ofNanos(total * NANOS_PER_TICK), null));
		});
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().filter((command) -> command.endsWith("/postgres")).isPresent();
	}

	/**
	 * A process's user and system ticks, and its reaped children's, or null once it is
	 * gone: {@code [own + children's, children's]}.
	 */
	private static long[] ticks(long pid) {
		try {
			String[] fields = statFields(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
			long children = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
			return new long[] { Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + children, children };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The fields of a {@code /proc/<pid>/stat} line after the name: state, ppid, pgrp,
	 * session, tty, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime, stime, cutime,
	 * cstime, …
	 */
	private static String[] statFields(String stat) {
		return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
	}

	/**
	 * The processor time of a JVM's JIT compiler threads so far
	 * ({@code C1 CompilerThread} and {@code C2 CompilerThread}), or null where there is
	 * no {@code /proc}. A compiler thread that the JVM ended (it adds and ends them on
	 * machines with many cores) takes its time with it, so on such machines this is a
	 * lower bound.
	 */
	static Duration compilingOf(long pid) {
		Path tasks = Path.of("/proc", Long.toString(pid), "task");
		if (!Files.isDirectory(tasks)) {
			return null;
		}
		long ticks = 0;
		try (Stream<Path> threads = Files.list(tasks)) {
			for (Path thread : threads.toList()) {
				ticks += compilerTicks(thread);
			}
		}
		catch (IOException ex) {
			return null;
		}
		return Duration.ofNanos(ticks * NANOS_PER_TICK);
	}

	private static long compilerTicks(Path thread) {
		try {
			String stat = Files.readString(thread.resolve("stat"));
			int open = stat.indexOf('(');
			int close = stat.lastIndexOf(')');
			String name = stat.substring(open + 1, close);
			if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
				return 0;
			}
			String[] fields = statFields(stat);
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			// The thread ended between the listing and the read.
			return 0;
		}
	}

	private static double seconds(Duration duration) {
		return round(duration.toNanos() / 1e9);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * A process's processor time at one moment.
	 *
	 * @param total all its threads'
	 * @param compiling its JIT compiler threads', or null where it cannot be read
	 */
	public record Sample(Duration total, Duration compiling) {
	}

}
