package eu.sanctions.events;

/**
 * What every event of the contract has: the package it belongs to. Events are keyed on
 * Kafka by that package, so one package's events stay in order.
 */
public interface SanctionsEvent {

	/** The package key, e.g. {@code EU-BLR}: the Kafka record key. */
	String packageKey();

	/**
	 * The CloudEvents {@code subject}: the package, or for a renewal's events the
	 * renewal.
	 */
	default String subject() {
		return packageKey();
	}

}
