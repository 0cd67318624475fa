package eu.sanctions.benchmarks.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.processes.process.RenewalEvents;

/**
 * The events port of the bare engine: it only counts, so that what the bare engine
 * measures is the process and the engine, not an outbox or a broker.
 */
final class CountingRenewalEvents implements RenewalEvents {

	private final Map<Class<?>, LongAdder> counts = new ConcurrentHashMap<>();

	@Override
	public void publish(SanctionsEvent event) {
		this.counts.computeIfAbsent(event.getClass(), (type) -> new LongAdder()).increment();
	}

	long count(Class<? extends SanctionsEvent> type) {
		LongAdder count = this.counts.get(type);
		return (count != null) ? count.sum() : 0;
	}

	long total() {
		return this.counts.values().stream().mapToLong(LongAdder::sum).sum();
	}

}
