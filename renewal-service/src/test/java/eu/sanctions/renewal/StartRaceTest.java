package eu.sanctions.renewal;

/**
 * {@link StartRaceScenarios} on H2.
 */
class StartRaceTest extends EmbeddedServiceTest implements StartRaceScenarios {

	@Override
	public long waitingOnALock() {
		// H2 names the blocker of a table lock only; a session waiting on a row is seen
		// running its insert.
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS
				WHERE BLOCKER_ID IS NOT NULL OR EXECUTING_STATEMENT LIKE 'INSERT INTO renewal %'
				   OR EXECUTING_STATEMENT LIKE 'INSERT INTO event_sequence %'""").query(Long.class).single();
	}

}
