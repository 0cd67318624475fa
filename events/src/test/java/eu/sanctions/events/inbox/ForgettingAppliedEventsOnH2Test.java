package eu.sanctions.events.inbox;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** Forgetting the applied events on H2, the embedded default. */
class ForgettingAppliedEventsOnH2Test extends ForgettingAppliedEventsContractTests {

	@Override
	DataSource newDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:inbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		return dataSource;
	}

}
