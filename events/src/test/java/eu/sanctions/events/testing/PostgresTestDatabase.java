package eu.sanctions.events.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A fresh, empty PostgreSQL database for a test: in a Testcontainers PostgreSQL where a
 * Docker engine is available, otherwise created on the server at 127.0.0.1:5432 (user
 * {@code postgres}, trust authentication), and dropped when closed.
 * <p>
 * Without either, the test fails and says how to fix it, because a green build must mean
 * that PostgreSQL was tested. {@code -Dsanctions.test.postgres=skip} turns such tests
 * into skipped ones instead, for a machine that has neither.
 */
public final class PostgresTestDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabase.class);

	private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static PostgreSQLContainer<?> container;

	private final String url;

	private final String username;

	private final String password;

	private final String database;

	private PostgresTestDatabase(String url, String username, String password, String database) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.database = database;
	}

	public static PostgresTestDatabase create() {
		String database = "sanctions_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (KafkaTestBroker.Docker.isAvailable()) {
			PostgreSQLContainer<?> server = sharedContainer();
			String adminUrl = server.getJdbcUrl();
			createDatabase(adminUrl, server.getUsername(), server.getPassword(), database);
			String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
			log.info("PostgreSQL for tests: Testcontainers, database {}", database);
			return new PostgresTestDatabase(url, server.getUsername(), server.getPassword(), database);
		}
		String host = System.getProperty("sanctions.test.postgres-url", LOCAL_SERVER);
		try {
			createDatabase(host + "postgres", "postgres", "", database);
		}
		catch (IllegalStateException ex) {
			if ("skip".equals(System.getProperty("sanctions.test.postgres"))) {
				throw new TestAbortedException("No PostgreSQL: skipped as -Dsanctions.test.postgres=skip asks", ex);
			}
			throw new IllegalStateException("These tests need PostgreSQL: start the server at 127.0.0.1:5432 "
					+ "(user postgres, trust authentication; .ci/run does it) or a Docker engine, or pass "
					+ "-Dsanctions.test.postgres=skip to skip them", ex);
		}
		log.info("PostgreSQL for tests: the server at {}, database {}", host, database);
		return new PostgresTestDatabase(host + database, "postgres", "", database);
	}

	/** The database's name on the server. */
	public String name() {
		return this.database;
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	/**
	 * Whether the server runs autovacuum ({@code SHOW autovacuum}): a Testcontainers one
	 * does, PostgreSQL's default; the local server of this project's machines does not.
	 */
	public boolean serverRunsAutovacuum() {
		try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW autovacuum")) {
			return rows.next() && "on".equals(rows.getString(1));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not ask " + this.url + " whether autovacuum is on", ex);
		}
	}

	@Override
	public void close() {
		String adminUrl = this.url.substring(0, this.url.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(adminUrl, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			log.warn("Could not drop test database {}: {}", this.database, ex.getMessage());
		}
	}

	private static synchronized PostgreSQLContainer<?> sharedContainer() {
		if (container == null) {
			String image = System.getProperty("sanctions.test.postgres-image", "postgres:16-alpine");
			container = new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
			container.start();
		}
		return container;
	}

	private static void createDatabase(String adminUrl, String username, String password, String database) {
		try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database.toLowerCase(Locale.ROOT));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a database at " + adminUrl + ": " + ex.getMessage(), ex);
		}
	}

}
