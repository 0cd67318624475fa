package eu.sanctions.benchmarks.stack;

import java.util.OptionalLong;

/** The stack's Kafka broker. */
interface Broker extends AutoCloseable {

	String bootstrapServers();

	/** The broker's own process, if it runs in one. */
	OptionalLong pid();

	/** What it is, for the report. */
	String kind();

	@Override
	void close();

}
