package eu.sanctions.events;

/** Who a listing names. */
public enum SubjectType {

	PERSON, ENTITY

}
