package eu.sanctions.events;

/** What policy staff recommend at review. */
public enum Recommendation {

	EXTEND, EXTEND_WITH_AMENDMENTS, LET_LAPSE

}
