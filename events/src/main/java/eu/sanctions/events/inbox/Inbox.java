package eu.sanctions.events.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import eu.sanctions.events.EventStorageException;

/**
 * Remembers, per consumer, the ids of the events it has applied, in the same transaction
 * as their effects: a redelivery (a rebalance, a crash before the offset commit, a
 * producer's resend) is recognised and skipped, across restarts.
 * <p>
 * The data source must hand out the connection of the current transaction. Two nodes
 * applying the same event at the same moment collide on the primary key: one transaction
 * fails and its redelivery is then skipped.
 */
public final class Inbox {

	private final DataSource dataSource;

	private final Clock clock;

	public Inbox(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Records that the consumer applies this event now.
	 * @return {@code true} the first time, {@code false} if the consumer already applied
	 * it
	 */
	public boolean firstDelivery(String consumer, String eventId) {
		// One statement, one round trip: the row is written only if it is not there.
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("""
						INSERT INTO event_inbox (consumer, event_id, processed_at)
						SELECT CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP WITH TIME ZONE)
						WHERE NOT EXISTS (SELECT 1 FROM event_inbox WHERE consumer = ? AND event_id = ?)""")) {
			insert.setString(1, consumer);
			insert.setString(2, eventId);
			insert.setTimestamp(3, Timestamp.from(this.clock.instant()));
			insert.setString(4, consumer);
			insert.setString(5, eventId);
			return insert.executeUpdate() == 1;
		}
		catch (SQLException ex) {
			throw new EventStorageException("Could not record event " + eventId + " in the inbox of " + consumer, ex);
		}
	}

	/**
	 * Forgets events applied before a time; keep them longer than the topics keep their
	 * records.
	 */
	public int forgetBefore(Instant before) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement delete = connection
					.prepareStatement("DELETE FROM event_inbox WHERE processed_at < ?")) {
			delete.setTimestamp(1, Timestamp.from(before));
			return delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw new EventStorageException("Could not clean up the inbox", ex);
		}
	}

}
