package eu.sanctions.events.inbox;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassingFailuresTest {

	private final PassingFailures failures = PassingFailures.databaseAnd(UncheckedIOException.class);

	@ParameterizedTest(name = "SQLSTATE {0} passes: {1}")
	@CsvSource({ "08001, true", "08006, true", "40001, true", "40P01, true", "53300, true", "57P01, true",
			"57P03, true", "HYT00, true", "HY000, false", "23505, false", "42P01, false", "22001, false",
			"90039, false" })
	void tellsByTheSqlStateClass(String sqlState, boolean passes) {
		RuntimeException failure = new IllegalStateException("wrapped",
				new RuntimeException(new SQLException("database says", sqlState)));

		assertThat(this.failures.mayPass(failure)).isEqualTo(passes);
	}

	@Test
	void passesTheJdbcTransientAndRecoverableExceptions() {
		assertThat(this.failures.mayPass(new IllegalStateException(new SQLTransientConnectionException("gone"))))
			.isTrue();
		assertThat(this.failures.mayPass(new SQLTimeoutException("slow"))).isTrue();
		assertThat(this.failures.mayPass(new SQLIntegrityConstraintViolationException("dup", "23505"))).isFalse();
	}

	@Test
	void looksAtTheChainedNextExceptionsOfABatch() {
		SQLException batch = new SQLException("batch failed", "22000");
		batch.setNextException(new SQLException("because", "40001"));

		assertThat(this.failures.mayPass(new IllegalStateException(batch))).isTrue();
	}

	@Test
	void passesTheTypesTheServiceAddsAnywhereInTheChain() {
		assertThat(this.failures.mayPass(new IllegalStateException(new UncheckedIOException(new ConnectException()))))
			.isTrue();
		assertThat(PassingFailures.databaseAnd().mayPass(new UncheckedIOException(new ConnectException()))).isFalse();
	}

	@Test
	void doesNotPassABug() {
		assertThat(this.failures.mayPass(new NullPointerException())).isFalse();
		assertThat(this.failures.mayPass(new IllegalArgumentException("bad", new IllegalStateException()))).isFalse();
	}

	@Test
	void endsOnACycleOfCauses() {
		IllegalStateException first = new IllegalStateException();
		IllegalArgumentException second = new IllegalArgumentException(first);
		first.initCause(second);

		assertThat(this.failures.mayPass(first)).isFalse();
	}

}
