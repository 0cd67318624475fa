package eu.sanctions.processes.renewal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What is wrong with what someone entered, field by field, in words they can act on. */
final class Problems {

	private final List<String> problems = new ArrayList<>();

	void add(String problem) {
		this.problems.add(problem);
	}

	void check(boolean fine, String problem) {
		if (!fine) {
			add(problem);
		}
	}

	boolean required(String label, String value) {
		boolean present = value != null && !value.isBlank();
		check(present, label + " is required.");
		return present;
	}

	void maxLength(String label, String value, int max) {
		check(value == null || value.length() <= max, label + " is longer than " + max + " characters.");
	}

	/** The date, or null when it is absent (and required: a problem) or malformed. */
	LocalDate date(String label, String value, boolean required) {
		if (value == null || value.isBlank()) {
			check(!required, label + " is required.");
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			add(label + " must be a date such as 2027-02-28, not \"" + value + "\".");
			return null;
		}
	}

	<E extends Enum<E>> E oneOf(String label, String value, Class<E> values, boolean required) {
		if (value == null || value.isBlank()) {
			check(!required, label + " is required.");
			return null;
		}
		try {
			return Enum.valueOf(values, value.trim());
		}
		catch (IllegalArgumentException ex) {
			add(label + " must be one of " + List.of(values.getEnumConstants()) + ", not \"" + value + "\".");
			return null;
		}
	}

	List<String> list() {
		return List.copyOf(this.problems);
	}

}
