package eu.sanctions.events.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test context its own real Kafka broker ({@link KafkaTestBroker}) and
 * points {@code spring.kafka.bootstrap-servers} at it. The broker lives as long as the
 * context, so contexts that the test framework caches keep theirs and never share
 * consumer groups with each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithKafkaBroker {

}
