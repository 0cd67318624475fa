package eu.sanctions.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries that are due, on one node at a time (a ShedLock lock), each
 * outside any transaction so that a slow server holds no database connection, and records
 * the outcome: sent, a next attempt after the retry policy's wait, or dead.
 * <p>
 * The lock alone does not keep two nodes from sending the same delivery: it ends after
 * {@code lockAtMostFor} even while a slow send goes on. So each delivery is taken first,
 * in a short transaction of its own, for the lease ({@link Deliveries#claim}); a delivery
 * another dispatcher has taken is left to it.
 */
@Component
class DispatchingDeliveries {

	private static final Logger log = LoggerFactory.getLogger(DispatchingDeliveries.class);

	private final Deliveries deliveries;

	private final EmailSending email;

	private final WebhookSending webhooks;

	private final DeliverySettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DispatchingDeliveries(Deliveries deliveries, EmailSending email, WebhookSending webhooks, DeliverySettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.deliveries = deliveries;
		this.email = email;
		this.webhooks = webhooks;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sanctions.notification.delivery.poll-interval:PT2S}")
	@SchedulerLock(name = "notification-deliveries", lockAtMostFor = "PT10M")
	public void dispatchDue() {
		List<Long> due = this.deliveries.findDue(DeliveryStatus.PENDING, this.clock.instant(),
				Limit.of(this.settings.batchSize()));
		due.forEach(this::attempt);
	}

	void attempt(long id) {
		if (!claim(id)) {
			return;
		}
		Delivery delivery = this.deliveries.findById(id).orElse(null);
		if (delivery == null || delivery.getStatus() != DeliveryStatus.PENDING) {
			return;
		}
		DeliveryFailedException failure = null;
		try {
			switch (delivery.getChannel()) {
				case EMAIL -> this.email.send(delivery);
				case WEBHOOK -> this.webhooks.send(delivery);
				case INBOX -> {
					// Made when it was recorded.
				}
			}
		}
		catch (DeliveryFailedException ex) {
			failure = ex;
		}
		catch (RuntimeException ex) {
			log.warn("Delivery {} failed unexpectedly", id, ex);
			failure = new DeliveryFailedException(ex.toString(), ex);
		}
		record(id, failure);
	}

	private boolean claim(long id) {
		Instant now = this.clock.instant();
		Integer claimed = this.transactions.execute(
				(status) -> this.deliveries.claim(id, DeliveryStatus.PENDING, now, now.plus(this.settings.lease())));
		return claimed != null && claimed == 1;
	}

	private void record(long id, DeliveryFailedException failure) {
		this.transactions.executeWithoutResult((status) -> this.deliveries.findById(id).ifPresent((delivery) -> {
			if (failure == null) {
				delivery.sent(this.clock.instant());
				return;
			}
			delivery.failed(failure.getMessage(), failure.retryable(), this.clock.instant(),
					this.settings.retryPolicy(), ThreadLocalRandom.current().nextDouble());
			if (delivery.getStatus() == DeliveryStatus.DEAD) {
				log.warn("Delivery {} of event {} to {} by {} is dead after {} attempts: {}", id, delivery.getEventId(),
						delivery.getRecipient(), delivery.getChannel(), delivery.getAttempts(), failure.getMessage());
			}
		}));
	}

}
