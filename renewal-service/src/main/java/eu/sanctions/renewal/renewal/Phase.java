package eu.sanctions.renewal.renewal;

/** Where a renewal stands, as staff and desks need to know it. */
public enum Phase {

	/** Staff review the package. */
	REVIEW,
	/** The asked states give their positions. */
	POSITIONS,
	/** The veto risk is high or blocked: staff negotiate. */
	NEGOTIATION,
	/**
	 * Unanimity is in reach: staff record the Council's adoption (desks may still revise
	 * until the deadline).
	 */
	ADOPTION,
	/** The adoption is recorded; the registry has not confirmed it yet. */
	AWAITING_REGISTRY,
	/** The registry refused the extension: staff resend it or end the renewal. */
	REGISTRY_REFUSED,
	/** The registry has not confirmed in time: staff resend or wait. */
	REGISTRY_OVERDUE,
	/** Extended, lapsed or withdrawn. */
	ENDED

}
