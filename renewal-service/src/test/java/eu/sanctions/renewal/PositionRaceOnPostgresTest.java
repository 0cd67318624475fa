package eu.sanctions.renewal;

/**
 * {@link PositionRaceScenarios} on PostgreSQL, whose row locks and MVCC differ from H2's.
 */
class PositionRaceOnPostgresTest extends ProductionLikeServiceTest implements PositionRaceScenarios {

}
