package eu.sanctions.notification.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import eu.sanctions.notification.rules.Channel;

/** Every delivery, made, waiting or dead. */
public interface Deliveries extends JpaRepository<Delivery, Long> {

	/** The deliveries whose next attempt is due, the longest waiting first. */
	@Query("select d.id from Delivery d where d.status = :status and d.nextAttemptAt <= :now "
			+ "order by d.nextAttemptAt, d.id")
	List<Long> findDue(DeliveryStatus status, Instant now, Limit limit);

	/**
	 * Takes a due delivery for a dispatcher until the lease ends, unless another took it
	 * first: its next attempt moves to the lease's end, so that no other dispatcher finds
	 * it due meanwhile, and one that crashed while sending leaves it due again after it.
	 * @return whether this dispatcher took it
	 */
	@Modifying
	@Query("update Delivery d set d.nextAttemptAt = :leaseEnd where d.id = :id and d.status = :status "
			+ "and d.nextAttemptAt <= :now")
	int claim(long id, DeliveryStatus status, Instant now, Instant leaseEnd);

	/**
	 * The deliveries to some recipients (or to everyone), newest first, optionally of a
	 * status and a channel.
	 */
	@Query("select d from Delivery d where (:everyone = true or d.recipient in :recipients) "
			+ "and (:status is null or d.status = :status) and (:channel is null or d.channel = :channel) "
			+ "order by d.id desc")
	List<Delivery> search(boolean everyone, Collection<String> recipients, DeliveryStatus status, Channel channel,
			Limit limit);

	List<Delivery> findByEventIdOrderById(String eventId);

}
