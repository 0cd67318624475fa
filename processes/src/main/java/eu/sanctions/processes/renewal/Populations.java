package eu.sanctions.processes.renewal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import eu.sanctions.events.MemberState;

/**
 * The population of each member state, as the blocking minority of constructive
 * abstentions counts it. The Council publishes binding figures each year; the bundled
 * Eurostat figures are only the default.
 */
public final class Populations {

	private static final String BUNDLED = "member-states.csv";

	private final Map<MemberState, Long> byState;

	private final long total;

	public Populations(Map<MemberState, Long> byState) {
		Set<MemberState> missing = EnumSet.allOf(MemberState.class);
		missing.removeAll(byState.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("Populations are missing for " + missing);
		}
		byState.forEach((state, population) -> {
			if (population == null || population <= 0) {
				throw new IllegalArgumentException("The population of " + state + " must be positive: " + population);
			}
		});
		this.byState = new EnumMap<>(byState);
		this.total = this.byState.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Eurostat's figures of 1 January 2025, from the copy of
	 * {@code shared/data/member-states.csv} bundled with this class.
	 */
	public static Populations eurostat2025() {
		try (InputStream in = Populations.class.getResourceAsStream(BUNDLED)) {
			if (in == null) {
				throw new IllegalStateException(BUNDLED + " is missing beside " + Populations.class.getName());
			}
			return fromCsv(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + BUNDLED, ex);
		}
	}

	/**
	 * Reads {@code iso2,eu_code,name,population} lines; {@code #} comments and the header
	 * are skipped.
	 */
	static Populations fromCsv(BufferedReader reader) throws IOException {
		Map<MemberState, Long> populations = new EnumMap<>(MemberState.class);
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("iso2,")) {
				continue;
			}
			String[] columns = line.split(",");
			MemberState state = MemberState.fromCode(columns[1])
				.orElseThrow(() -> new IllegalArgumentException("Not a member state: " + columns[1]));
			populations.put(state, Long.parseLong(columns[3].trim()));
		}
		return new Populations(populations);
	}

	public long of(MemberState state) {
		return this.byState.get(state);
	}

	public long of(Collection<MemberState> states) {
		return states.stream().distinct().mapToLong(this::of).sum();
	}

	public long total() {
		return this.total;
	}

}
