package eu.sanctions.events.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import io.cloudevents.CloudEvent;

import eu.sanctions.events.EventType;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.EventStorageException;
import eu.sanctions.events.cloudevents.EventCodec;

/**
 * Appends events to the outbox table inside the caller's transaction, numbering them per
 * (topic, package).
 * <p>
 * The data source must hand out the connection of the current transaction (in Spring, a
 * {@code TransactionAwareDataSourceProxy}), so that the event commits or rolls back with
 * the change it reports. Numbering locks the (topic, package) counter row until commit:
 * two transactions of the same package are serialized, so outbox order, sequence order
 * and commit order agree.
 */
public final class Outbox {

	private final DataSource dataSource;

	private final EventCodec codec;

	private final URI source;

	private final Clock clock;

	public Outbox(DataSource dataSource, EventCodec codec, URI source, Clock clock) {
		this.dataSource = dataSource;
		this.codec = codec;
		this.source = source;
		this.clock = clock;
	}

	/** Appends an event for its type's default topic. */
	public CloudEvent append(SanctionsEvent event) {
		return append(EventType.of(event).topic(), event);
	}

	/**
	 * Appends an event for a topic.
	 * @return the CloudEvent as it will be published
	 */
	public CloudEvent append(String topic, SanctionsEvent event) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		try (Connection connection = this.dataSource.getConnection()) {
			long sequence = nextSequence(connection, topic, event.packageKey());
			CloudEvent cloudEvent = this.codec.envelope(event, this.source, UUID.randomUUID().toString(), now,
					sequence);
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO event_outbox (event_id, topic, record_key, event_type, sequence_number, cloud_event,
					                          created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
				insert.setString(1, cloudEvent.getId());
				insert.setString(2, topic);
				insert.setString(3, event.packageKey());
				insert.setString(4, cloudEvent.getType());
				insert.setLong(5, sequence);
				insert.setString(6, new String(this.codec.toStructuredJson(cloudEvent), StandardCharsets.UTF_8));
				insert.setTimestamp(7, Timestamp.from(now.toInstant()));
				insert.executeUpdate();
			}
			return cloudEvent;
		}
		catch (SQLException ex) {
			throw new EventStorageException(
					"Could not append " + EventType.of(event).type() + " for " + event.packageKey() + " to the outbox",
					ex);
		}
	}

	/**
	 * Bumps the key's counter and reads it back in one statement: the column asked for as
	 * a generated key is the updated row's (PostgreSQL's driver adds
	 * {@code RETURNING last_sequence}, H2 returns it itself), one round trip instead of
	 * an update and a select.
	 */
	private static long nextSequence(Connection connection, String topic, String key) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE event_sequence SET last_sequence = last_sequence + 1 WHERE topic = ? AND record_key = ?",
				new String[] { "last_sequence" })) {
			update.setString(1, topic);
			update.setString(2, key);
			if (update.executeUpdate() == 1) {
				try (ResultSet bumped = update.getGeneratedKeys()) {
					if (bumped.next()) {
						return bumped.getLong(1);
					}
				}
				throw new SQLException("The database did not return the sequence it updated for " + key);
			}
		}
		// First event of this key. Two first events racing on two nodes make one
		// transaction fail on the primary key; its caller retries (a Kafka redelivery, a
		// client's retry) and then finds the row.
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO event_sequence (topic, record_key, last_sequence) VALUES (?, ?, 1)")) {
			insert.setString(1, topic);
			insert.setString(2, key);
			insert.executeUpdate();
			return 1;
		}
	}

}
