package eu.sanctions.registry.sanctionsmap;

import java.util.List;

/**
 * What an import did.
 *
 * @param regimes how many regimes the file held
 * @param created the packages it created, by key
 * @param revised the packages it revised, by key
 * @param unchanged how many packages it left as they were
 */
public record ImportReport(int regimes, List<String> created, List<String> revised, int unchanged) {

	public ImportReport {
		created = List.copyOf(created);
		revised = List.copyOf(revised);
	}

}
