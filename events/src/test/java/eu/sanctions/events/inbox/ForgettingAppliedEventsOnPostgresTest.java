package eu.sanctions.events.inbox;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import eu.sanctions.events.testing.PostgresTestDatabase;

/** Forgetting the applied events on PostgreSQL, the database of real deployments. */
class ForgettingAppliedEventsOnPostgresTest extends ForgettingAppliedEventsContractTests {

	private PostgresTestDatabase database;

	@Override
	DataSource newDatabase() {
		this.database = PostgresTestDatabase.create();
		return DataSourceBuilder.create()
			.type(SimpleDriverDataSource.class)
			.url(this.database.url())
			.username(this.database.username())
			.password(this.database.password())
			.build();
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

}
