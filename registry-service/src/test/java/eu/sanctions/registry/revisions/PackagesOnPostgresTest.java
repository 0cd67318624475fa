package eu.sanctions.registry.revisions;

import eu.sanctions.events.testing.WithPostgres;

/**
 * The register's storage on PostgreSQL: a fresh database, migrated and seeded as on a
 * first start.
 */
@WithPostgres
class PackagesOnPostgresTest extends PackagesContract {

}
