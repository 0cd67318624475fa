package eu.sanctions.notification.inbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** The inboxes of all recipients. */
public interface Notifications extends JpaRepository<Notification, Long> {

	List<Notification> findByRecipientOrderByIdDesc(String recipient, Limit limit);

	List<Notification> findByRecipientAndReadAtIsNullOrderByIdDesc(String recipient, Limit limit);

	List<Notification> findByRecipientAndReadAtIsNotNullOrderByIdDesc(String recipient, Limit limit);

	long countByRecipientAndReadAtIsNull(String recipient);

	/** What arrived after the last one a live stream sent, oldest first. */
	List<Notification> findByRecipientAndIdGreaterThanOrderByIdAsc(String recipient, long afterId, Limit limit);

	/** What a live stream may have missed: numbered between two ids, oldest first. */
	List<Notification> findByRecipientAndIdBetweenOrderByIdAsc(String recipient, long fromId, long toId, Limit limit);

	Optional<Notification> findFirstByRecipientOrderByIdDesc(String recipient);

	List<Notification> findByEventIdOrderByRecipient(String eventId);

}
