package eu.sanctions.renewal;

/** {@link ConcurrentDesksScenarios} on H2. */
class ConcurrentDesksTest extends EmbeddedServiceTest implements ConcurrentDesksScenarios {

}
