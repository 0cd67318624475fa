package eu.sanctions.events;

/** The default names of the topics; every service lets configuration rename them. */
public final class Topics {

	/** Compacted: the full current state of every package, keyed by package. */
	public static final String REGISTRY_PACKAGES = "sanctions.registry.packages";

	/**
	 * What happened to the measures in force: renewal due, extended, amended, lapsed,
	 * update rejected.
	 */
	public static final String REGISTRY_EVENTS = "sanctions.registry.events";

	/** Every step of every renewal. */
	public static final String RENEWAL_EVENTS = "sanctions.renewal.events";

	/** Inbound: positions from the member states' desk systems. */
	public static final String POSITIONS = "sanctions.positions";

	/** Inbound: pressure signals against a renewal. */
	public static final String SIGNALS = "sanctions.signals";

	/**
	 * Suffix of the dead-letter topic of each inbound topic: records that could not even
	 * be read.
	 */
	public static final String DEAD_LETTER_SUFFIX = ".DLT";

	private Topics() {
	}

	public static String deadLetterTopicOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
