package eu.sanctions.renewal.renewal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;

/** The positions kept until their state is asked, in the order they came. */
@Repository
public class PendingPositions {

	private final JdbcClient jdbc;

	PendingPositions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a position; returns its number. */
	public long keep(PendingPosition position) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO pending_position (renewal_id, package_key, state, position_code, conditions, justification,
				                              channel, submitted_by, event_id, received_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(position.renewalId(), position.packageKey(), position.state().euCode(), position.position().name(),
					position.conditions(), position.justification(), position.channel().name(), position.submittedBy(),
					position.eventId(), Timestamp.from(position.receivedAt()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** The positions kept for a renewal, oldest first. */
	public List<PendingPosition> of(String renewalId) {
		return this.jdbc.sql("SELECT * FROM pending_position WHERE renewal_id = ? ORDER BY id")
			.param(renewalId)
			.query((rows, number) -> read(rows))
			.list();
	}

	/** The positions kept for one state of a renewal, oldest first. */
	public List<PendingPosition> of(String renewalId, MemberState state) {
		return this.jdbc.sql("SELECT * FROM pending_position WHERE renewal_id = ? AND state = ? ORDER BY id")
			.params(renewalId, state.euCode())
			.query((rows, number) -> read(rows))
			.list();
	}

	/**
	 * The latest position kept for each state of a renewal, in the order they came: the
	 * ones to apply, since a state's later position replaces its earlier ones.
	 */
	public List<PendingPosition> latestOf(String renewalId) {
		Map<MemberState, PendingPosition> latest = new LinkedHashMap<>();
		for (PendingPosition kept : of(renewalId)) {
			latest.remove(kept.state());
			latest.put(kept.state(), kept);
		}
		return List.copyOf(latest.values());
	}

	/** The renewals that have positions kept. */
	public List<String> renewalsWaiting() {
		return this.jdbc.sql("SELECT DISTINCT renewal_id FROM pending_position ORDER BY renewal_id")
			.query(String.class)
			.list();
	}

	/**
	 * Takes a kept position out, in the caller's transaction, to apply or refuse it.
	 * @return whether it was still there: whoever takes it handles it, once
	 */
	public boolean take(long id) {
		return this.jdbc.sql("DELETE FROM pending_position WHERE id = ?").param(id).update() == 1;
	}

	private static PendingPosition read(ResultSet rows) throws SQLException {
		return new PendingPosition(rows.getLong("id"), rows.getString("renewal_id"), rows.getString("package_key"),
				MemberState.valueOf(rows.getString("state")), Position.valueOf(rows.getString("position_code")),
				rows.getString("conditions"), rows.getString("justification"),
				SubmissionChannel.valueOf(rows.getString("channel")), rows.getString("submitted_by"),
				rows.getString("event_id"), rows.getTimestamp("received_at").toInstant());
	}

}
