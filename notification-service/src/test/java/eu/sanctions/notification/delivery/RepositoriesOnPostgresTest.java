package eu.sanctions.notification.delivery;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;

import eu.sanctions.events.testing.WithPostgres;

/** The repositories on PostgreSQL, as docker-compose.yml runs the service. */
@WithPostgres
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RepositoriesOnPostgresTest extends RepositoryContract {

}
