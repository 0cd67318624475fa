package eu.sanctions.events;

/** The door through which a desk's position came in; all three land in the same place. */
public enum SubmissionChannel {

	TASKLIST, REST, KAFKA

}
