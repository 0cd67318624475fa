package eu.sanctions.registry.sanctionsmap;

import java.util.List;

/**
 * A Sanctions Map file that cannot be imported, with everything that is wrong with it:
 * nothing of it was imported.
 */
public class InvalidSnapshot extends RuntimeException {

	private final List<String> errors;

	InvalidSnapshot(List<String> errors) {
		super("The Sanctions Map file cannot be imported: " + errors.size() + " errors");
		this.errors = List.copyOf(errors);
	}

	/** What is wrong, each as {@code /json/pointer: what}. */
	public List<String> errors() {
		return this.errors;
	}

}
