package eu.sanctions.registry.revisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
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
	 * The packages, by key, optionally only those of a status, or expiring before a date.
	 */
	public List<PackageSummary> list(PackageStatus status, LocalDate expiringBefore) {
		StringBuilder sql = new StringBuilder("""
				SELECT package_key, title, sanctions_map_id, status, expiry, review_window_days, revision, revised_at
				  FROM sanctions_package WHERE 1 = 1""");
		List<Object> params = new ArrayList<>();
		if (status != null) {
			sql.append(" AND status = ?");
			params.add(status.name());
		}
		if (expiringBefore != null) {
			sql.append(" AND expiry < ?");
			params.add(expiringBefore);
		}
		sql.append(" ORDER BY package_key");
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rows, index) -> new PackageSummary(rows.getString("package_key"), rows.getString("title"),
					(Integer) rows.getObject("sanctions_map_id", Integer.class),
					PackageStatus.valueOf(rows.getString("status")), rows.getObject("expiry", LocalDate.class),
					rows.getInt("review_window_days"), rows.getLong("revision"),
					rows.getTimestamp("revised_at").toInstant()))
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

	/** Stores the first revision of a new package. */
	void insert(Revision revision) {
		PackageState state = revision.state();
		String stateJson = write(state);
		this.jdbc.sql("""
				INSERT INTO sanctions_package (package_key, revision, effective_date, title, sanctions_map_id, status,
				                               expiry, review_window_days, revised_at, state)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(state.key(), revision.number(), revision.effectiveDate(), state.title(), state.sanctionsMapId(),
					state.status().name(), state.expiry(), state.reviewWindowDays(),
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
