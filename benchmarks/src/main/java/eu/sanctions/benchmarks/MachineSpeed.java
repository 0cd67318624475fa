package eu.sanctions.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How fast this machine is right now, on a fixed piece of work that no change to the
 * system touches: SHA-256 over the same bytes, on one thread and then on one thread per
 * core at once. This machine's speed moves from hour to hour by as much as the changes
 * measured on it; a run that records this at its start and its end says which hour it ran
 * in, so that runs of different hours can be told apart from the changes between them.
 *
 * @param megabytesPerThread how much each thread hashed
 * @param threads the threads of the second measure, one per core
 * @param oneThreadMbPerSecond megabytes hashed per second on one thread
 * @param allThreadsMbPerSecond megabytes hashed per second by all the threads together
 */
public record MachineSpeed(int megabytesPerThread, int threads, double oneThreadMbPerSecond,
		double allThreadsMbPerSecond) {

	private static final int CHUNK = 64 * 1024;

	/**
	 * Measures, after a short warm-up of the same work so that the JIT has compiled it.
	 */
	public static MachineSpeed measure(int megabytesPerThread) {
		int threads = Runtime.getRuntime().availableProcessors();
		hash(Math.max(1, megabytesPerThread / 8));
		long began = System.nanoTime();
		hash(megabytesPerThread);
		double one = megabytesPerThread / ((System.nanoTime() - began) / 1e9);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			began = System.nanoTime();
			List<CompletableFuture<byte[]>> all = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				all.add(CompletableFuture.supplyAsync(() -> hash(megabytesPerThread), pool));
			}
			all.forEach(CompletableFuture::join);
			double together = (double) megabytesPerThread * threads / ((System.nanoTime() - began) / 1e9);
			return new MachineSpeed(megabytesPerThread, threads, round(one), round(together));
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The digest of {@code megabytes} MB of the same bytes, hashed a chunk at a time. */
	static byte[] hash(int megabytes) {
		byte[] chunk = new byte[CHUNK];
		for (int i = 0; i < chunk.length; i++) {
			chunk[i] = (byte) (i * 31);
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (long done = 0; done < (long) megabytes * 1024 * 1024; done += CHUNK) {
				digest.update(chunk);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
