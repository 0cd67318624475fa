package eu.sanctions.renewal;

/**
 * {@link PositionRaceScenarios} on H2. (Other tests use the detail helpers it inherits,
 * {@code PositionRaceTest.stateOf} and the like.)
 */
class PositionRaceTest extends EmbeddedServiceTest implements PositionRaceScenarios {

}
