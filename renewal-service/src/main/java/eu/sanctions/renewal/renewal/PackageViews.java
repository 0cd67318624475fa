package eu.sanctions.renewal.renewal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.registry.PackageRevised;

/**
 * The packages as the registry publishes them: the latest revision of each, so that a
 * renewal can be started without asking the registry.
 */
@Repository
public class PackageViews {

	private final JdbcClient jdbc;

	PackageViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes a revision of a package; an older one than the view holds (a replay of the
	 * topic) changes nothing.
	 */
	public void revise(PackageRevised revised) {
		int cycle = Math.max(revised.renewalCycleMonths(), 1);
		Timestamp revisedAt = (revised.revisedAt() != null) ? Timestamp.from(revised.revisedAt()) : null;
		int updated = this.jdbc.sql("""
				UPDATE package_view SET title = ?, status = ?, expiry = ?, renewal_cycle_months = ?, revision = ?,
				                        revised_at = ?
				WHERE package_key = ? AND revision < ?""")
			.params(revised.title(), revised.status().name(), revised.expiry(), cycle, revised.revision(), revisedAt,
					revised.packageKey(), revised.revision())
			.update();
		if (updated == 0 && find(revised.packageKey()).isEmpty()) {
			this.jdbc.sql("""
					INSERT INTO package_view (package_key, title, status, expiry, renewal_cycle_months, revision,
					                          revised_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(revised.packageKey(), revised.title(), revised.status().name(), revised.expiry(), cycle,
						revised.revision(), revisedAt)
				.update();
		}
	}

	/** The registry deleted the package (a tombstone on the compacted topic). */
	public void forget(String packageKey) {
		this.jdbc.sql("DELETE FROM package_view WHERE package_key = ?").param(packageKey).update();
	}

	public Optional<PackageView> find(String packageKey) {
		return this.jdbc
			.sql("SELECT package_key, title, status, expiry, renewal_cycle_months, revision FROM package_view "
					+ "WHERE package_key = ?")
			.param(packageKey)
			.query((rows, number) -> new PackageView(rows.getString("package_key"), rows.getString("title"),
					PackageStatus.valueOf(rows.getString("status")), rows.getObject("expiry", LocalDate.class),
					rows.getInt("renewal_cycle_months"), rows.getLong("revision")))
			.optional();
	}

}
