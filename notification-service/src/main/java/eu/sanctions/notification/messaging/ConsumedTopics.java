package eu.sanctions.notification.messaging;

/**
 * The topics this service reads, under their configured names
 * ({@code sanctions.kafka.topic-names}). Public for the listeners' SpEL.
 *
 * @param renewalEvents every step of every renewal
 * @param registryEvents what happened to the measures in force
 * @param registryPackages the packages' compacted state
 */
public record ConsumedTopics(String renewalEvents, String registryEvents, String registryPackages) {

	/** The topics whose events are notified. */
	public String[] notified() {
		return new String[] { this.renewalEvents, this.registryEvents };
	}

}
