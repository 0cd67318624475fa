package eu.sanctions.notification.subscription;

import org.springframework.data.jpa.repository.JpaRepository;

/** The packages the registry has published. */
interface KnownPackages extends JpaRepository<KnownPackage, String> {

}
