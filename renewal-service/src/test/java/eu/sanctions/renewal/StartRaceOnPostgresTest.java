package eu.sanctions.renewal;

/**
 * {@link StartRaceScenarios} on PostgreSQL, whose row locks and MVCC differ from H2's.
 */
class StartRaceOnPostgresTest extends ProductionLikeServiceTest implements StartRaceScenarios {

	@Override
	public long waitingOnALock() {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM pg_stat_activity
				WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Long.class).single();
	}

}
