package eu.sanctions.notification.delivery;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.events.access.Caller;
import eu.sanctions.notification.access.Callers;
import eu.sanctions.notification.problems.Problems;

/** Retrying a dead delivery by hand, for whoever it was for, or an admin. */
@Service
class RetryingDeliveries {

	private final Deliveries deliveries;

	private final Clock clock;

	RetryingDeliveries(Deliveries deliveries, Clock clock) {
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@Transactional
	DeliveryView retry(Caller caller, long id) {
		Delivery delivery = this.deliveries.findById(id)
			.filter((found) -> Callers.seesEveryDelivery(caller)
					|| Callers.inboxesOf(caller).contains(found.getRecipient()))
			.orElseThrow(() -> Problems.notFound("delivery"));
		if (delivery.getStatus() != DeliveryStatus.DEAD) {
			throw Problems.conflict("Only a dead delivery can be retried; this one is " + delivery.getStatus() + ".");
		}
		return DeliveryView.of(delivery.retryByHand(this.clock.instant()));
	}

}
