package eu.sanctions.registry.revisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sanctions.events.Listing;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.SubjectType;
import eu.sanctions.events.cloudevents.EventJson;
import eu.sanctions.registry.register.Cause;
import eu.sanctions.registry.register.Change;
import eu.sanctions.registry.register.PackageState;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.register.SanctionsPackage;

/**
 * The packages and their revisions, in the database. States are stored whole, as the
 * contract's JSON, one per revision: any revision can be read back exactly as it was.
 */
@Repository
public class Packages {

	private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
	};

	private static final int SEARCH_NAMES_LENGTH = 4000;

	private static final String REVISION_COLUMNS = """
			r.package_key, r.revision, r.effective_date, r.recorded_at, r.cause, r.cause_event_id, r.summary,
			r.changes, r.state""";

	private final JdbcClient jdbc;

	private final ObjectMapper json = EventJson.mapper();

	Packages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The package at its latest revision. */
	public Optional<SanctionsPackage> find(String key) {
		return this.jdbc.sql("SELECT " + REVISION_COLUMNS + """
				 FROM package_revision r JOIN sanctions_package p
				   ON p.package_key = r.package_key AND p.revision = r.revision
				WHERE p.package_key = ?""").param(key).query(this::revision).optional().map(SanctionsPackage::new);
	}

	/**
	 * The revision in force on a date: the last one effective on or before it. Empty when
	 * the register knows nothing of the package on that date.
	 */
	public Optional<Revision> inForceOn(String key, LocalDate date) {
		return this.jdbc.sql("SELECT " + REVISION_COLUMNS + """
				 FROM package_revision r
				WHERE r.package_key = ? AND r.effective_date <= ?
				ORDER BY r.revision DESC FETCH FIRST 1 ROWS ONLY""")
			.param(key)
			.param(date)
			.query(this::revision)
			.optional();
	}

	public Optional<Revision> revision(String key, long number) {
		return this.jdbc
			.sql("SELECT " + REVISION_COLUMNS + " FROM package_revision r WHERE r.package_key = ? AND r.revision = ?")
			.param(key)
			.param(number)
			.query(this::revision)
			.optional();
	}

	/** The history of a package, oldest first; empty for an unknown package. */
	public List<RevisionEntry> history(String key) {
		return this.jdbc.sql("""
				SELECT revision, effective_date, recorded_at, cause, cause_event_id, summary, changes
				  FROM package_revision WHERE package_key = ? ORDER BY revision""")
			.param(key)
			.query((rows, index) -> new RevisionEntry(rows.getLong("revision"),
					rows.getObject("effective_date", LocalDate.class), rows.getTimestamp("recorded_at").toInstant(),
					rows.getString("cause"), rows.getString("cause_event_id"), rows.getString("summary"),
					read(rows.getString("changes"), CHANGES)))
			.list();
	}

	/**
	 * The packages as they stand on a date, by key, optionally only those of a status, or
	 * expiring before a date: each at the revision in force that day. A package whose
	 * revisions all take effect later is shown as recorded.
	 */
	public List<PackageSummary> listOn(LocalDate date, PackageStatus status, LocalDate expiringBefore) {
		// Effective dates never go backwards within a package: where the latest is in
		// force, the package's own columns say it all; the few others are read whole.
		StringBuilder sql = new StringBuilder("""
				SELECT package_key, title, sanctions_map_id, status, expiry, review_window_days, revision, revised_at
				  FROM sanctions_package WHERE effective_date <= ?""");
		List<Object> params = new ArrayList<>();
		params.add(date);
		if (status != null) {
			sql.append(" AND status = ?");
			params.add(status.name());
		}
		if (expiringBefore != null) {
			sql.append(" AND expiry < ?");
			params.add(expiringBefore);
		}
		List<PackageSummary> summaries = new ArrayList<>(this.jdbc.sql(sql.toString())
			.params(params)
			.query((rows, index) -> new PackageSummary(rows.getString("package_key"), rows.getString("title"),
					(Integer) rows.getObject("sanctions_map_id", Integer.class),
					PackageStatus.valueOf(rows.getString("status")), rows.getObject("expiry", LocalDate.class),
					rows.getInt("review_window_days"), rows.getLong("revision"),
					rows.getTimestamp("revised_at").toInstant()))
			.list());
		this.jdbc.sql("SELECT package_key FROM sanctions_package WHERE effective_date > ?")
			.param(date)
			.query(String.class)
			.list()
			.stream()
			.map((key) -> shownOn(key, date).map(PackageSummary::of))
			.flatMap(Optional::stream)
			.filter((summary) -> status == null || summary.status() == status)
			.filter((summary) -> expiringBefore == null
					|| (summary.expiry() != null && summary.expiry().isBefore(expiringBefore)))
			.forEach(summaries::add);
		summaries.sort(Comparator.comparing(PackageSummary::key));
		return summaries;
	}

	/**
	 * A package as it stands on a date: the revision in force, or the latest one if none
	 * is in force yet, with the revisions recorded that take effect after it.
	 */
	public Optional<PackageOnADay> on(String key, LocalDate date) {
		return find(key).map((current) -> {
			if (!current.latest().effectiveDate().isAfter(date)) {
				// The usual case: the latest revision is in force.
				return new PackageOnADay(current.latest(), current.revision(), List.of());
			}
			Revision shown = inForceOn(key, date).orElse(current.latest());
			List<RevisionEntry> upcoming = history(key).stream()
				.filter((entry) -> entry.number() > shown.number())
				.toList();
			return new PackageOnADay(shown, current.revision(), upcoming);
		});
	}

	private Optional<Revision> shownOn(String key, LocalDate date) {
		return inForceOn(key, date).or(() -> find(key).map(SanctionsPackage::latest));
	}

	/**
	 * The revisions after {@code announced} that are in force on the date, oldest first;
	 * with {@link #lockAnnounced}, what is still to be announced.
	 */
	List<Revision> inForceAfter(String key, long announced, LocalDate date) {
		return this.jdbc.sql("SELECT " + REVISION_COLUMNS + """
				 FROM package_revision r
				WHERE r.package_key = ? AND r.revision > ? AND r.effective_date <= ?
				ORDER BY r.revision""").param(key).param(announced).param(date).query(this::revision).list();
	}

	/**
	 * The revision last announced on the compacted topic, locking the package until the
	 * transaction ends: two nodes never announce the same revision.
	 */
	long lockAnnounced(String key) {
		return this.jdbc.sql("SELECT announced_revision FROM sanctions_package WHERE package_key = ? FOR UPDATE")
			.param(key)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new UnknownPackage(key));
	}

	void markAnnounced(String key, long revision) {
		this.jdbc.sql("UPDATE sanctions_package SET announced_revision = ? WHERE package_key = ?")
			.params(revision, key)
			.update();
	}

	/** The packages with revisions recorded but not yet announced, by key. */
	List<String> withRevisionsNotAnnounced() {
		return this.jdbc
			.sql("SELECT package_key FROM sanctions_package WHERE announced_revision < revision ORDER BY package_key")
			.query(String.class)
			.list();
	}

	/** Every package of a status at its latest revision, by key. */
	public List<SanctionsPackage> withStatus(PackageStatus status) {
		return this.jdbc.sql("SELECT " + REVISION_COLUMNS + """
				 FROM package_revision r JOIN sanctions_package p
				   ON p.package_key = r.package_key AND p.revision = r.revision
				WHERE p.status = ? ORDER BY p.package_key""")
			.param(status.name())
			.query(this::revision)
			.list()
			.stream()
			.map(SanctionsPackage::new)
			.toList();
	}

	/** The key of the package that a Sanctions Map regime became, if it was imported. */
	public Optional<String> keyOfRegime(int sanctionsMapId) {
		return this.jdbc.sql("SELECT package_key FROM sanctions_package WHERE sanctions_map_id = ?")
			.param(sanctionsMapId)
			.query(String.class)
			.optional();
	}

	public Set<String> keys() {
		return new LinkedHashSet<>(this.jdbc.sql("SELECT package_key FROM sanctions_package ORDER BY package_key")
			.query(String.class)
			.list());
	}

	public int count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM sanctions_package").query(Integer.class).single();
	}

	/**
	 * Listings whose names contain the fragment, ignoring case, of every package as it
	 * stands.
	 */
	public List<ListingMatch> searchListings(String fragment, int limit) {
		String pattern = "%"
				+ fragment.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql("""
				SELECT package_key, eu_reference_number, subject_type, main_name, listing_date
				  FROM package_listing WHERE search_names LIKE ? ESCAPE '\\'
				 ORDER BY main_name, package_key, eu_reference_number FETCH FIRST ? ROWS ONLY""")
			.param(pattern)
			.param(limit)
			.query((rows, index) -> new ListingMatch(rows.getString("package_key"),
					rows.getString("eu_reference_number"), SubjectType.valueOf(rows.getString("subject_type")),
					rows.getString("main_name"), rows.getObject("listing_date", LocalDate.class)))
			.list();
	}

	/**
	 * Stores the first revision of a new package, announced at once: a package is known
	 * from the day it is recorded.
	 */
	void insert(Revision revision) {
		PackageState state = revision.state();
		String stateJson = write(state);
		this.jdbc.sql("""
				INSERT INTO sanctions_package (package_key, revision, announced_revision, effective_date, title,
				                               sanctions_map_id, status, expiry, review_window_days, revised_at, state)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(state.key(), revision.number(), revision.number(), revision.effectiveDate(), state.title(),
					state.sanctionsMapId(), state.status().name(), state.expiry(), state.reviewWindowDays(),
					Timestamp.from(revision.recordedAt()), stateJson)
			.update();
		insertRevision(revision, stateJson);
		indexListings(state.key(), state.listings());
	}

	/**
	 * Stores the next revision of a package.
	 * @throws StaleRevision if the package is no longer at the revision before it
	 */
	void update(Revision revision, List<Listing> listingsBefore) {
		PackageState state = revision.state();
		String stateJson = write(state);
		int updated = this.jdbc.sql("""
				UPDATE sanctions_package
				   SET revision = ?, effective_date = ?, title = ?, sanctions_map_id = ?, status = ?, expiry = ?,
				       review_window_days = ?, revised_at = ?, state = ?
				 WHERE package_key = ? AND revision = ?""")
			.params(revision.number(), revision.effectiveDate(), state.title(), state.sanctionsMapId(),
					state.status().name(), state.expiry(), state.reviewWindowDays(),
					Timestamp.from(revision.recordedAt()), stateJson, state.key(), revision.number() - 1)
			.update();
		if (updated == 0) {
			long current = this.jdbc.sql("SELECT revision FROM sanctions_package WHERE package_key = ?")
				.param(state.key())
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new UnknownPackage(state.key()));
			throw new StaleRevision(state.key(), revision.number() - 1, current);
		}
		insertRevision(revision, stateJson);
		if (!listingsBefore.equals(state.listings())) {
			this.jdbc.sql("DELETE FROM package_listing WHERE package_key = ?").param(state.key()).update();
			indexListings(state.key(), state.listings());
		}
	}

	private void insertRevision(Revision revision, String stateJson) {
		this.jdbc.sql("""
				INSERT INTO package_revision (package_key, revision, effective_date, recorded_at, cause, cause_event_id,
				                              summary, changes, state)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(revision.packageKey(), revision.number(), revision.effectiveDate(),
					Timestamp.from(revision.recordedAt()), revision.cause().description(), revision.cause().eventId(),
					revision.summary(), write(revision.changes()), stateJson)
			.update();
	}

	private void indexListings(String key, List<Listing> listings) {
		for (Listing listing : listings) {
			String names = String.join("\n", listing.names()).toLowerCase(Locale.ROOT);
			this.jdbc
				.sql("""
						INSERT INTO package_listing (package_key, eu_reference_number, subject_type, main_name, search_names,
						                             listing_date)
						VALUES (?, ?, ?, ?, ?, ?)""")
				.params(key, listing.euReferenceNumber(), listing.subjectType().name(), listing.names().get(0),
						names.substring(0, Math.min(names.length(), SEARCH_NAMES_LENGTH)), listing.listingDate())
				.update();
		}
	}

	private Revision revision(ResultSet rows, int index) throws SQLException {
		return new Revision(rows.getString("package_key"), rows.getLong("revision"),
				rows.getObject("effective_date", LocalDate.class), rows.getTimestamp("recorded_at").toInstant(),
				new Cause(rows.getString("cause"), rows.getString("cause_event_id")), rows.getString("summary"),
				read(rows.getString("changes"), CHANGES), read(rows.getString("state"), PackageState.class));
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
		}
	}

	private <T> T read(String text, Class<T> type) {
		try {
			return this.json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable", ex);
		}
	}

	private <T> T read(String text, TypeReference<T> type) {
		try {
			return this.json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored JSON is not readable", ex);
		}
	}

}
