package eu.sanctions.benchmarks.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A process's resident set, as {@code ./sanctions status} reads it: VmRSS in
 * {@code /proc/<pid>/status}.
 */
final class ResidentMemory {

	private ResidentMemory() {
	}

	/** In megabytes; empty if the process is gone or this is not Linux. */
	static OptionalLong megabytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// gone, or no /proc
		}
		return OptionalLong.empty();
	}

}
