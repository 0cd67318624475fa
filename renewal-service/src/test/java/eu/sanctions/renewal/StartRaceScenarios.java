package eu.sanctions.renewal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.sanctions.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff start a renewal at the moment another start of it (the registry's
 * {@code renewal-due}, on another node) has written it and not committed yet: once the
 * other commits, staff are answered 409 {@code RENEWAL_RUNNING}, never 500, wherever the
 * two starts meet (on the renewal, or first on the number of the package's first event).
 * The scenarios run on each database the service supports ({@link StartRaceTest} on H2,
 * {@link StartRaceOnPostgresTest}), which report the meeting differently: PostgreSQL
 * makes the second start wait for the first to commit, H2 may refuse it at once.
 */
interface StartRaceScenarios {

	/** The test, which is a {@link ServiceTestSupport}. */
	default ServiceTestSupport service() {
		return (ServiceTestSupport) this;
	}

	/** How many sessions wait on another's lock now. */
	long waitingOnALock();

	@Test
	default void answers409WhenAnotherStartOfTheSameRenewalCommitsFirst() throws Exception {
		answers409WhenAnotherStartCommitsFirst(false);
	}

	@Test
	default void answers409WhenAnotherStartOfThePackagesFirstRenewalCommitsFirst() throws Exception {
		answers409WhenAnotherStartCommitsFirst(true);
	}

	private void answers409WhenAnotherStartCommitsFirst(boolean numberedTheFirstEvent) throws Exception {
		ServiceTestSupport service = service();
		String packageKey = ServiceTestSupport.newPackageKey();
		LocalDate expiry = service.today().plusMonths(4);
		String renewalId = packageKey + ":" + expiry;
		service.packagePublished(packageKey, expiry, 1);
		Awaitility.await()
			.atMost(ServiceTestSupport.WAIT)
			.until(() -> service.jdbc.sql("SELECT COUNT(*) FROM package_view WHERE package_key = ?")
				.param(packageKey)
				.query(Long.class)
				.single() == 1);

		ResponseEntity<JsonNode> second;
		try (Connection first = service.bean(DataSource.class).getConnection()) {
			first.setAutoCommit(false);
			if (numberedTheFirstEvent) {
				// The other start numbered the package's first renewal event before it
				// wrote the renewal: this one meets it there first.
				try (PreparedStatement numbered = first.prepareStatement(
						"INSERT INTO event_sequence (topic, record_key, last_sequence) VALUES (?, ?, 1)")) {
					numbered.setString(1, Topics.RENEWAL_EVENTS);
					numbered.setString(2, packageKey);
					numbered.executeUpdate();
				}
			}
			insertRenewal(first, packageKey, expiry, renewalId);
			CompletableFuture<ResponseEntity<JsonNode>> start = CompletableFuture
				.supplyAsync(() -> service.post("staff", "/api/renewals", Map.of("packageKey", packageKey)));
			Awaitility.await().atMost(ServiceTestSupport.WAIT).until(() -> start.isDone() || waitingOnALock() > 0);
			first.commit();
			second = start.get(ServiceTestSupport.WAIT.toSeconds(), TimeUnit.SECONDS);
		}

		assertThat(second.getStatusCode().value()).as("%s", second.getBody()).isEqualTo(409);
		assertThat(second.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(second.getBody().path("reason").asText()).isEqualTo("RENEWAL_RUNNING");
		assertThat(service.jdbc.sql("SELECT started_by FROM renewal WHERE id = ?")
			.param(renewalId)
			.query(String.class)
			.single()).as("the other start's renewal stands").isEqualTo("registry");
	}

	private static void insertRenewal(Connection connection, String packageKey, LocalDate expiry, String renewalId)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO renewal (id, package_key, expiry, status, phase, round_number, started_by, started_at,
				                     updated_at)
				VALUES (?, ?, ?, 'OPEN', 'REVIEW', 0, 'registry', ?, ?)""")) {
			insert.setString(1, renewalId);
			insert.setString(2, packageKey);
			insert.setObject(3, expiry);
			insert.setTimestamp(4, Timestamp.from(Instant.now()));
			insert.setTimestamp(5, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

}
