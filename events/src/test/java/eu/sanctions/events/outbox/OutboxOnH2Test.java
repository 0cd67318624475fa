package eu.sanctions.events.outbox;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The outbox and inbox on H2, the embedded default. */
class OutboxOnH2Test extends OutboxContractTests {

	@Override
	DataSource newDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		return dataSource;
	}

}
