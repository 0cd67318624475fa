package eu.sanctions.renewal.renewal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sanctions.events.ListingAmendment;
import eu.sanctions.events.cloudevents.EventJson;

/** Reads the renewals as the API shows them. */
@Repository
public class RenewalViews {

	private static final String SUMMARY_COLUMNS = """
			id, package_key, expiry, status, phase, round_number, risk_level, position_deadline, started_at, ended_at,
			outcome""";

	private final JdbcClient jdbc;

	RenewalViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(String renewalId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM renewal WHERE id = ?")
			.param(renewalId)
			.query(Long.class)
			.single() > 0;
	}

	/** The renewals, newest first, of a status and a package when given. */
	public List<RenewalSummary> list(RenewalStatus status, String packageKey) {
		StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM renewal WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (status != null) {
			sql.append(" AND status = ?");
			params.add(status.name());
		}
		if (packageKey != null) {
			sql.append(" AND package_key = ?");
			params.add(packageKey);
		}
		sql.append(" ORDER BY started_at DESC, id");
		return this.jdbc.sql(sql.toString()).params(params).query((rows, number) -> summary(rows)).list();
	}

	public Optional<RenewalSummary> summary(String renewalId) {
		return this.jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM renewal WHERE id = ?")
			.param(renewalId)
			.query((rows, number) -> summary(rows))
			.optional();
	}

	public Optional<RenewalDetail> detail(String renewalId) {
		return this.jdbc.sql("SELECT * FROM renewal WHERE id = ?")
			.param(renewalId)
			.query((rows, number) -> head(rows))
			.optional()
			.map((head) -> new RenewalDetail(head.summary().id(), head.summary().packageKey(), head.summary().expiry(),
					head.summary().status(), head.summary().phase(), head.summary().round(), head.summary().startedAt(),
					head.startedBy(), head.summary().endedAt(), head.summary().outcome(), head.proposal(),
					positions(renewalId), new RenewalDetail.Risk(head.summary().riskLevel(), head.blockingStates(),
							head.waveringStates(), head.reasons(), head.assessedAt(), risks(renewalId)),
					timeline(renewalId)));
	}

	private static Head head(ResultSet rows) throws SQLException {
		RenewalDetail.Proposal proposal = new RenewalDetail.Proposal(rows.getString("recommendation"),
				rows.getObject("proposed_new_expiry", LocalDate.class),
				rows.getObject("position_deadline", LocalDate.class),
				read(rows.getString("amendments"), new TypeReference<List<ListingAmendment>>() {
				}), codes(rows.getString("asked_states")));
		return new Head(summary(rows), rows.getString("started_by"), proposal, codes(rows.getString("risk_blocking")),
				codes(rows.getString("risk_wavering")), read(rows.getString("risk_reasons"), new TypeReference<>() {
				}), instant(rows, "risk_assessed_at"));
	}

	private List<RenewalDetail.StatePosition> positions(String renewalId) {
		Map<String, List<PositionRow>> byState = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM renewal_position WHERE renewal_id = ? ORDER BY state, id")
			.param(renewalId)
			.query((rows, number) -> new PositionRow(rows.getString("state"), rows.getString("position_code"),
					rows.getString("conditions"), rows.getString("justification"), rows.getString("channel"),
					rows.getString("submitted_by"), instant(rows, "recorded_at"), rows.getInt("round_number")))
			.list()
			.forEach((row) -> byState.computeIfAbsent(row.state(), (state) -> new ArrayList<>()).add(row));
		return byState.values().stream().map((rows) -> {
			PositionRow latest = rows.get(rows.size() - 1);
			return new RenewalDetail.StatePosition(latest.state(), latest.position(), latest.conditions(),
					latest.justification(), latest.channel(), latest.submittedBy(), latest.recordedAt(), latest.round(),
					rows.stream()
						.map((row) -> new RenewalDetail.PositionChange(row.position(), row.conditions(), row.round(),
								row.channel(), row.recordedAt()))
						.toList());
		}).toList();
	}

	private List<RenewalDetail.RiskChange> risks(String renewalId) {
		return this.jdbc.sql("SELECT * FROM renewal_risk WHERE renewal_id = ? ORDER BY id")
			.param(renewalId)
			.query((rows, number) -> new RenewalDetail.RiskChange(rows.getString("risk_level"),
					rows.getString("previous_level"), rows.getString("trigger_kind"), instant(rows, "assessed_at")))
			.list();
	}

	private List<RenewalDetail.TimelineEntry> timeline(String renewalId) {
		return this.jdbc.sql("SELECT * FROM renewal_timeline WHERE renewal_id = ? ORDER BY id")
			.param(renewalId)
			.query((rows, number) -> new RenewalDetail.TimelineEntry(instant(rows, "occurred_at"),
					rows.getString("event_type"), rows.getString("summary"), rows.getString("event_id")))
			.list();
	}

	private static RenewalSummary summary(ResultSet rows) throws SQLException {
		return new RenewalSummary(rows.getString("id"), rows.getString("package_key"),
				rows.getObject("expiry", LocalDate.class), RenewalStatus.valueOf(rows.getString("status")),
				Phase.valueOf(rows.getString("phase")), rows.getInt("round_number"), rows.getString("risk_level"),
				rows.getObject("position_deadline", LocalDate.class), instant(rows, "started_at"),
				instant(rows, "ended_at"), rows.getString("outcome"));
	}

	private static Instant instant(ResultSet rows, String column) throws SQLException {
		Timestamp timestamp = rows.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static List<String> codes(String csv) {
		return (csv == null || csv.isBlank()) ? List.of() : Arrays.asList(csv.split(","));
	}

	private static <T> List<T> read(String json, TypeReference<List<T>> type) {
		if (json == null) {
			return List.of();
		}
		try {
			return EventJson.mapper().readValue(json, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable JSON in the read model", ex);
		}
	}

	private record Head(RenewalSummary summary, String startedBy, RenewalDetail.Proposal proposal,
			List<String> blockingStates, List<String> waveringStates, List<String> reasons, Instant assessedAt) {
	}

	private record PositionRow(String state, String position, String conditions, String justification, String channel,
			String submittedBy, Instant recordedAt, int round) {
	}

}
