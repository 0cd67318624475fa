package eu.sanctions.events.outbox;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.postgresql.ds.PGSimpleDataSource;

import eu.sanctions.events.testing.PostgresTestDatabase;

/** The outbox and inbox on PostgreSQL, the database of real deployments. */
class OutboxOnPostgresTest extends OutboxContractTests {

	private final List<PostgresTestDatabase> databases = new ArrayList<>();

	@Override
	DataSource newDatabase() {
		PostgresTestDatabase database = PostgresTestDatabase.create();
		this.databases.add(database);
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(database.url());
		dataSource.setUser(database.username());
		dataSource.setPassword(database.password());
		return dataSource;
	}

	@AfterEach
	void dropDatabases() {
		this.databases.forEach(PostgresTestDatabase::close);
	}

}
