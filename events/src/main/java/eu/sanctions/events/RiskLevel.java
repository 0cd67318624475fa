package eu.sanctions.events;

/**
 * How likely a renewal is to fail, from the positions and the pressure on the package.
 */
public enum RiskLevel {

	NONE, LOW, MEDIUM, HIGH, BLOCKED;

	/** Staff negotiate from this level up. */
	public boolean needsNegotiation() {
		return this == HIGH || this == BLOCKED;
	}

}
