package eu.sanctions.notification.delivery;

/** The repositories on the embedded default, H2. */
class RepositoriesOnH2Test extends RepositoryContract {

}
