package eu.sanctions.renewal;

import org.junit.jupiter.api.Test;

/**
 * The whole renewal on PostgreSQL, with callers presenting JWTs and desk systems signing
 * their positions.
 */
class RenewalOnPostgresTest extends ProductionLikeServiceTest {

	@Test
	void takesARenewalFromDueToExtendedOnPostgres() {
		wholeRenewalThroughKafkaAndRest();
	}

}
