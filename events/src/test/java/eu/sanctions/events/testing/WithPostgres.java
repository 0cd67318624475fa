package eu.sanctions.events.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test context on a fresh PostgreSQL database
 * ({@link PostgresTestDatabase}) instead of the embedded H2: {@code spring.datasource.*}
 * point at it for the life of the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithPostgres {

}
