package eu.sanctions.registry.revisions;

/** The register's storage on H2, the embedded default. */
class PackagesOnH2Test extends PackagesContract {

}
