package eu.sanctions.notification.subscription;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every subscription. */
public interface Subscriptions extends JpaRepository<Subscription, Long> {

	List<Subscription> findByOwnerOrderById(String owner);

	Optional<Subscription> findByIdAndOwner(Long id, String owner);

	@Query("select distinct s.owner from Subscription s")
	Set<String> findOwners();

}
