package eu.sanctions.events;

import java.util.List;

/** Event records hold immutable lists, and an absent list in JSON reads as empty. */
public final class Lists {

	private Lists() {
	}

	public static <T> List<T> copyOf(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
