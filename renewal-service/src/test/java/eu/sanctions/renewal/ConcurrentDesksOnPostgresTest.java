package eu.sanctions.renewal;

/**
 * {@link ConcurrentDesksScenarios} on PostgreSQL, whose row locks and MVCC differ from
 * H2's.
 */
class ConcurrentDesksOnPostgresTest extends ProductionLikeServiceTest implements ConcurrentDesksScenarios {

}
