package eu.sanctions.benchmarks.stack;

import java.util.OptionalLong;

import eu.sanctions.events.testing.KafkaTestBroker;

/**
 * The smoke run's broker: the tests' broker, in this JVM (or a container where Docker
 * runs). It has no process of its own, so the footprint leaves it out.
 */
final class InJvmBroker implements Broker {

	private final KafkaTestBroker broker;

	private InJvmBroker(KafkaTestBroker broker) {
		this.broker = broker;
	}

	static InJvmBroker start() {
		return new InJvmBroker(KafkaTestBroker.start());
	}

	@Override
	public String bootstrapServers() {
		return this.broker.bootstrapServers();
	}

	@Override
	public OptionalLong pid() {
		return OptionalLong.empty();
	}

	@Override
	public String kind() {
		return "the tests' broker (" + this.broker.kind() + ", Kafka "
				+ org.apache.kafka.common.utils.AppInfoParser.getVersion() + ")";
	}

	@Override
	public void close() {
		this.broker.close();
	}

}
