package eu.sanctions.registry.register;

/**
 * What caused a revision: a staff command, an import, a seed, or an event of the renewal.
 *
 * @param description in words, e.g. "extension-adopted EU-BLR:2027-02-28 recorded by
 * a.lindqvist"
 * @param eventId the CloudEvents id of the event applied, if an event caused it
 */
public record Cause(String description, String eventId) {

	public Cause {
		if (description == null || description.isBlank()) {
			throw new IllegalArgumentException("A revision needs a cause");
		}
	}

	public static Cause of(String description) {
		return new Cause(description, null);
	}

}
