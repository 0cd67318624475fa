package eu.sanctions.events.access;

/** The kinds of users of the system. */
public enum Role {

	/**
	 * Policy staff: start, review, negotiate, adopt and withdraw renewals; write to the
	 * registry.
	 */
	STAFF,
	/** A member state's desk: reads, and submits its own state's position. */
	DESK,
	/** Read-only APIs, its own webhook subscriptions and deliveries. */
	INTEGRATOR,
	/** Camunda Cockpit and Admin, and the operational endpoints. */
	ADMIN;

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
