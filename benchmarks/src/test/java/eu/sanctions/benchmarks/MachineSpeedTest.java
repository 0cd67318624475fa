package eu.sanctions.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The machine's speed is measured on work of the stated size, once per core at once. */
class MachineSpeedTest {

	@Test
	void hashesTheStatedAmountOnOneThreadAndOnEveryCore() throws NoSuchAlgorithmException {
		MachineSpeed speed = MachineSpeed.measure(4);
		assertThat(speed.megabytesPerThread()).isEqualTo(4);
		assertThat(speed.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(speed.oneThreadMbPerSecond()).isPositive().isFinite();
		assertThat(speed.allThreadsMbPerSecond()).isPositive().isFinite();

		// The work is the stated size: 4 MB hashed as one stream, whatever the chunks.
		MessageDigest whole = MessageDigest.getInstance("SHA-256");
		byte[] chunk = new byte[64 * 1024];
		for (int i = 0; i < chunk.length; i++) {
			chunk[i] = (byte) (i * 31);
		}
		byte[] fourMegabytes = new byte[4 * 1024 * 1024];
		for (int offset = 0; offset < fourMegabytes.length; offset += chunk.length) {
			System.arraycopy(chunk, 0, fourMegabytes, offset, chunk.length);
		}
		assertThat(MachineSpeed.hash(4)).isEqualTo(whole.digest(fourMegabytes));
		assertThat(MachineSpeed.hash(3)).isNotEqualTo(MachineSpeed.hash(4));
	}

	@Test
	void reportsTheSpeedAtTheRunsStartAndEnd() {
		assertThat(ReportTable.machineSpeed(
				java.util.List.of(new MachineSpeed(512, 2, 1584.5, 2900.3), new MachineSpeed(512, 2, 1664.8, 3314.5))))
			.endsWith(": 1585 / 2900 at the start, 1665 / 3315 at the end.");
	}

}
