package eu.sanctions.events;

/** Whether a package's measures are in force. */
public enum PackageStatus {

	ACTIVE, LAPSED, REPEALED

}
