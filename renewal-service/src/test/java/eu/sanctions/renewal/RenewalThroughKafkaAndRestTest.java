package eu.sanctions.renewal;

import org.junit.jupiter.api.Test;

/**
 * A whole renewal as it happens in production: the registry says it is due, staff review
 * it through the engine REST API, desk systems answer on Kafka and desks through the API,
 * staff record the adoption, the registry confirms; integrators see every step on
 * {@code sanctions.renewal.events}, in order, numbered without gaps.
 */
class RenewalThroughKafkaAndRestTest extends EmbeddedServiceTest {

	@Test
	void takesARenewalFromDueToExtendedThroughKafkaAndRest() {
		wholeRenewalThroughKafkaAndRest();
	}

}
