package eu.sanctions.processes.renewal;

import java.util.List;

/**
 * What staff decide when the registry has not confirmed the extension in time: send the
 * adoption again, or wait another period.
 */
public record RegistryOverdueInput(String decision) {

	/** The two ways out. */
	public enum Decision {

		RESEND, WAIT

	}

	public List<String> problems() {
		Problems problems = new Problems();
		problems.oneOf("The decision", this.decision, Decision.class, true);
		return problems.list();
	}

}
