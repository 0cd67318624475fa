package eu.sanctions.benchmarks.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import eu.sanctions.benchmarks.Latency;
import eu.sanctions.benchmarks.stack.BenchStack;
import eu.sanctions.events.Topics;

/**
 * Workload 4, registry reads: a package with many listings, created through the
 * registry's API, read by an integrator ({@code GET /api/packages/{key}}, HTTP Basic) at
 * a fixed rate, each read timed from the instant it was due (reads are sent
 * asynchronously, so a slow answer does not delay the next request); then a new consumer
 * reads the compacted {@code sanctions.registry.packages} from the beginning, timed until
 * it holds the latest state of every package the registry lists.
 */
public final class RegistryReads {

	private static final String PACKAGE = "EU-READS";

	private RegistryReads() {
	}

	public static Result run(BenchStack stack, int listings, int perSecond, Duration duration, Consumer<String> say) {
		BenchPackages.create(stack.system(), PACKAGE, listings);
		URI uri = stack.system().endpoints().registry().resolve("/api/packages/" + PACKAGE);
		String authorization = "Basic " + Base64.getEncoder()
			.encodeToString(("integrator:" + stack.users().password("integrator")).getBytes(StandardCharsets.UTF_8));
		ExecutorService executor = Executors.newFixedThreadPool(4);
		HttpClient client = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(5)).build();
		Histogram micros = Latency.histogram();
		AtomicLong ok = new AtomicLong();
		int total = (int) (perSecond * duration.toSeconds());
		say.accept("registry reads, " + stack.databaseName() + ": " + PACKAGE + " with " + listings + " listings, "
				+ perSecond + " reads/s for " + duration.toSeconds() + " s");
		try {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.header("Authorization", authorization)
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.build();
			// Two untimed reads open the connections and load the package's code paths.
			for (int i = 0; i < 2; i++) {
				client.send(request, HttpResponse.BodyHandlers.discarding());
			}
			PacedSchedule schedule = new PacedSchedule(System.nanoTime() + 20_000_000L, perSecond);
			List<CompletableFuture<?>> reads = new ArrayList<>(total);
			for (int i = 0; i < total; i++) {
				long due = schedule.awaitTurn(i);
				reads.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenAccept((response) -> {
					long took = (System.nanoTime() - due) / 1000;
					synchronized (micros) {
						micros.recordValue(took);
					}
					if (response.statusCode() == 200 && response.body().length > 0) {
						ok.incrementAndGet();
					}
				}));
			}
			CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).join();
			Latency latency;
			synchronized (micros) {
				latency = Latency.of(micros);
			}
			int packages = packageCount(client, stack.system().endpoints().registry().resolve("/api/packages"),
					authorization);
			CatchUp catchUp = catchUp(stack.bootstrapServers(), packages);
			return new Result(listings, perSecond, duration.toSeconds(), total, ok.get(), latency, packages,
					catchUp.keys(), catchUp.records(), catchUp.seconds());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** How many packages the registry lists, whatever their status. */
	private static int packageCount(HttpClient client, URI list, String authorization)
			throws java.io.IOException, InterruptedException {
		HttpResponse<String> answer = client.send(
				HttpRequest.newBuilder(list).header("Authorization", authorization).build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("GET /api/packages: " + answer.statusCode() + " " + answer.body());
		}
		return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).size();
	}

	/**
	 * A consumer in a group of its own reads the compacted topic from the beginning,
	 * until it has read to the end the topic had when it joined and holds a state for
	 * every package.
	 */
	static CatchUp catchUp(String bootstrapServers, int packages) {
		long began = System.nanoTime();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"benchmark-catch-up-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.REGISTRY_PACKAGES));
			Map<String, byte[]> latest = new HashMap<>();
			long records = 0;
			Map<TopicPartition, Long> ends = null;
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (ends == null || !caughtUp(consumer, ends) || liveKeys(latest) < packages) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The package topic's reader did not catch up in 2 minutes: "
							+ liveKeys(latest) + " of " + packages + " packages");
				}
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
					latest.put(record.key(), record.value());
					records++;
				}
				if (ends == null && !consumer.assignment().isEmpty()) {
					ends = consumer.endOffsets(consumer.assignment());
				}
			}
			return new CatchUp(liveKeys(latest), records, (System.nanoTime() - began) / 1e9);
		}
	}

	private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

	private static int liveKeys(Map<String, byte[]> latest) {
		Set<String> live = new HashSet<>();
		latest.forEach((key, value) -> {
			if (value != null) {
				live.add(key);
			}
		});
		return live.size();
	}

	record CatchUp(int keys, long records, double seconds) {
	}

	/**
	 * What the run measured.
	 *
	 * @param listings the package's listings
	 * @param rate reads per second offered
	 * @param durationSeconds for how long
	 * @param reads reads sent
	 * @param ok reads answered 200 with a body
	 * @param latency from each read's intended send to its whole answer
	 * @param packages packages the registry lists
	 * @param packagesCaughtUp packages whose latest state the new consumer held
	 * @param recordsRead records it read to get there
	 * @param catchUpSeconds from its creation until it held them all
	 */
	public record Result(int listings, int rate, long durationSeconds, long reads, long ok, Latency latency,
			int packages, int packagesCaughtUp, long recordsRead, double catchUpSeconds) {
	}

}
