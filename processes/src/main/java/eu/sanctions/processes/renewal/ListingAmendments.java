package eu.sanctions.processes.renewal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import eu.sanctions.events.ListingAction;
import eu.sanctions.events.ListingAmendment;

/**
 * Listing amendments as staff type them, one per line:
 * {@code REMOVE EU.123.45 | Name | reason} or {@code ADD EU.678.90 | Name | reason}. The
 * name may be left empty; the reason may not, because delistings are political. A text
 * field rather than a list of objects, because Tasklist would store a list as JSON and
 * the engine runs without Spin.
 */
public final class ListingAmendments {

	/** How long the text may be: a process variable of up to 4000 characters. */
	public static final int MAX_LENGTH = 4000;

	private ListingAmendments() {
	}

	/** Reads the amendments; {@link Parsed#problems()} says which lines are wrong. */
	public static Parsed parse(String text) {
		List<ListingAmendment> amendments = new ArrayList<>();
		Problems problems = new Problems();
		if (text == null) {
			return new Parsed(amendments, problems.list());
		}
		problems.maxLength("The amendments", text, MAX_LENGTH);
		String[] lines = text.split("\\R");
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1].trim();
			if (!line.isEmpty()) {
				amendment(line, number, problems, amendments);
			}
		}
		return new Parsed(amendments, problems.list());
	}

	private static void amendment(String line, int number, Problems problems, List<ListingAmendment> amendments) {
		String[] parts = line.split("\\|", -1);
		String[] head = parts[0].trim().split("\\s+", 2);
		String where = "Amendment line " + number + " (\"" + line + "\")";
		if (parts.length != 3 || head.length != 2) {
			problems.add(where + " must read ACTION REFERENCE | NAME | REASON, e.g. REMOVE EU.123.45 | Name | reason.");
			return;
		}
		ListingAction action;
		try {
			action = ListingAction.valueOf(head[0].toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(where + " must start with REMOVE or ADD.");
			return;
		}
		String reference = head[1].trim();
		String name = parts[1].trim();
		String reason = parts[2].trim();
		problems.check(reference.length() <= 40, where + " has a reference longer than 40 characters.");
		problems.check(name.length() <= 200, where + " has a name longer than 200 characters.");
		problems.check(!reason.isEmpty(), where + " needs a reason.");
		amendments.add(new ListingAmendment(action, reference, name.isEmpty() ? null : name, reason));
	}

	/** The amendments as staff would type them. */
	public static String format(List<ListingAmendment> amendments) {
		return amendments.stream()
			.map((amendment) -> amendment.action() + " " + amendment.euReferenceNumber() + " | "
					+ ((amendment.name() != null) ? amendment.name() : "") + " | " + amendment.reason())
			.collect(Collectors.joining("\n"));
	}

	/**
	 * Amendments read from text.
	 *
	 * @param amendments those that could be read
	 * @param problems what is wrong with the others, line by line
	 */
	public record Parsed(List<ListingAmendment> amendments, List<String> problems) {

		public Parsed {
			amendments = List.copyOf(amendments);
			problems = List.copyOf(problems);
		}

	}

}
