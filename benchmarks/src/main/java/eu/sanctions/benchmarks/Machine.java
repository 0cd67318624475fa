package eu.sanctions.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a run measured.
 *
 * @param cores processors the JVM sees
 * @param memoryMb physical memory
 * @param cpu the processor's model name
 * @param os the operating system
 * @param java the JVM that ran the harness (and the stack)
 * @param loadAverage the load averages (1, 5, 15 minutes) when the run began: other work
 * on the machine shows here
 */
public record Machine(int cores, long memoryMb, String cpu, String os, String java, String loadAverage) {

	public static Machine current() {
		return new Machine(Runtime.getRuntime().availableProcessors(), readMemoryMb(), readCpu(),
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
						+ System.getProperty("os.arch"),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				readLoadAverage());
	}

	private static long readMemoryMb() {
		return procLine("/proc/meminfo", "MemTotal:")
			.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
			.orElse(-1L);
	}

	private static String readCpu() {
		return procLine("/proc/cpuinfo", "model name").map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.orElse("unknown");
	}

	private static String readLoadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static Optional<String> procLine(String file, String prefix) {
		try {
			List<String> lines = Files.readAllLines(Path.of(file));
			return lines.stream().filter((line) -> line.startsWith(prefix)).findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
