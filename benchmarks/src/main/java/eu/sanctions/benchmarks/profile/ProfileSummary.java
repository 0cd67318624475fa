package eu.sanctions.benchmarks.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spent its processor time, from the execution samples of a JFR file
 * ({@code SANCTIONS_BENCH_JFR} records one per process): the share of the samples of each
 * kind of thread (numbers in thread names folded, so that the position threads count as
 * one), and, within the threads chosen, the methods on top of the stack (self) and the
 * methods anywhere in it (total). It is what BENCHMARKS.md's profiles were read with.
 *
 * <pre>
 * java -jar benchmarks-*-bench.jar --profile FILE.jfr [--threads TEXT] [--top N]
 * </pre>
 *
 * @param samples the execution samples in the file
 * @param byThread samples per kind of thread, most first
 * @param selected the samples of the threads chosen
 * @param self samples per method on top of the stack, in the threads chosen, most first
 * @param total samples per method anywhere in the stack, in the threads chosen, most
 * first
 */
public record ProfileSummary(long samples, Map<String, Long> byThread, long selected, Map<String, Long> self,
		Map<String, Long> total) {

	/** The summary of a file, over the threads whose names contain the text. */
	public static ProfileSummary of(Path file, String threads) {
		Map<String, Long> byThread = new HashMap<>();
		Map<String, Long> self = new HashMap<>();
		Map<String, Long> total = new HashMap<>();
		long samples = 0;
		long selected = 0;
		try (RecordingFile recording = new RecordingFile(file)) {
			while (recording.hasMoreEvents()) {
				RecordedEvent event = recording.readEvent();
				if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
					continue;
				}
				samples++;
				RecordedThread thread = event.getThread("sampledThread");
				String name = (thread != null && thread.getJavaName() != null) ? thread.getJavaName() : "?";
				byThread.merge(name.replaceAll("\\d+", "#"), 1L, Long::sum);
				RecordedStackTrace stack = event.getStackTrace();
				if (!name.contains(threads) || stack == null || stack.getFrames().isEmpty()) {
					continue;
				}
				selected++;
				List<RecordedFrame> frames = stack.getFrames();
				self.merge(method(frames.get(0)), 1L, Long::sum);
				Set<String> seen = new HashSet<>();
				for (RecordedFrame frame : frames) {
					String method = method(frame);
					if (seen.add(method)) {
						total.merge(method, 1L, Long::sum);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return new ProfileSummary(samples, mostFirst(byThread), selected, mostFirst(self), mostFirst(total));
	}

	/** The summary as text: the n first of each list, with their shares. */
	public String render(int n) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("%d execution samples%n%nBy thread:%n", this.samples));
		lines(text, this.byThread, this.samples, n);
		text.append(String.format("%nIn the threads chosen (%d samples), on top of the stack:%n", this.selected));
		lines(text, this.self, this.selected, n);
		text.append(String.format("%nAnywhere in the stack:%n"));
		lines(text, this.total, this.selected, n * 4);
		return text.toString();
	}

	/** Writes each JFR file's summary beside it ({@code <file>.txt}); returns them. */
	public static List<Path> besideEach(List<Path> recordings) {
		List<Path> written = new ArrayList<>();
		for (Path recording : recordings) {
			Path summary = recording.resolveSibling(recording.getFileName() + ".txt");
			try {
				Files.writeString(summary, of(recording, "").render(40));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			written.add(summary);
		}
		return written;
	}

	public static void main(String[] args) {
		if (args.length < 1) {
			System.err.println("usage: java -jar benchmarks-*-bench.jar --profile FILE.jfr [--threads TEXT] [--top N]");
			System.exit(2);
		}
		String threads = "";
		int top = 25;
		for (int i = 1; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--threads" -> threads = args[i + 1];
				case "--top" -> top = Integer.parseInt(args[i + 1]);
				default -> {
					System.err.println("Unknown argument: " + args[i]);
					System.exit(2);
				}
			}
		}
		System.out.print(of(Path.of(args[0]), threads).render(top));
	}

	private static String method(RecordedFrame frame) {
		RecordedMethod method = frame.getMethod();
		return (method != null) ? method.getType().getName() + "." + method.getName() : "?";
	}

	private static Map<String, Long> mostFirst(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	private static void lines(StringBuilder text, Map<String, Long> counts, long of, int n) {
		counts.entrySet()
			.stream()
			.limit(n)
			.forEach((entry) -> text.append(
					String.format("  %5.1f %%  %s%n", (of > 0) ? 100.0 * entry.getValue() / of : 0.0, entry.getKey())));
	}

}
