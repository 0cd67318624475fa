package eu.sanctions.registry.register;

import java.time.LocalDate;

import eu.sanctions.events.registry.RegistryUpdateRejected.Reason;

/**
 * A change that does not fit the package as it stands; nothing was changed.
 */
public class UpdateRejected extends RuntimeException {

	private final Reason reason;

	private final LocalDate registryExpiry;

	private final LocalDate expectedExpiry;

	public UpdateRejected(Reason reason, String detail, LocalDate registryExpiry, LocalDate expectedExpiry) {
		super(detail);
		this.reason = reason;
		this.registryExpiry = registryExpiry;
		this.expectedExpiry = expectedExpiry;
	}

	public UpdateRejected(Reason reason, String detail) {
		this(reason, detail, null, null);
	}

	public Reason reason() {
		return this.reason;
	}

	/** The expiry the register holds, when the expiry is what did not fit. */
	public LocalDate registryExpiry() {
		return this.registryExpiry;
	}

	/** The expiry the change expected, when the expiry is what did not fit. */
	public LocalDate expectedExpiry() {
		return this.expectedExpiry;
	}

}
