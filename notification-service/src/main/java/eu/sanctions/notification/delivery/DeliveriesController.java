package eu.sanctions.notification.delivery;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sanctions.events.access.Caller;
import eu.sanctions.notification.access.Callers;
import eu.sanctions.notification.rules.Channel;

@Tag(name = "Deliveries", description = "The record of what was delivered, on which channel, and what is dead")
@RestController
@RequestMapping("/api/deliveries")
class DeliveriesController {

	private final Deliveries deliveries;

	private final RetryingDeliveries retrying;

	DeliveriesController(Deliveries deliveries, RetryingDeliveries retrying) {
		this.deliveries = deliveries;
		this.retrying = retrying;
	}

	@Operation(summary = "The caller's deliveries, newest first (an admin's: everyone's)",
			description = "status=DEAD lists the deliveries whose every attempt failed.")
	@GetMapping
	List<DeliveryView> deliveries(@RequestParam(required = false) DeliveryStatus status,
			@RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit, Authentication authentication) {
		Caller caller = Callers.of(authentication);
		boolean everyone = Callers.seesEveryDelivery(caller);
		Set<String> recipients = Callers.inboxesOf(caller);
		if (!everyone && recipients.isEmpty()) {
			return List.of();
		}
		return this.deliveries
			.search(everyone, recipients.isEmpty() ? Set.of("") : recipients, status, channel, Limit.of(limit))
			.stream()
			.map(DeliveryView::of)
			.toList();
	}

	@Operation(summary = "Gives a dead delivery a new series of attempts")
	@PostMapping("/{id}/retry")
	DeliveryView retry(@PathVariable long id, Authentication authentication) {
		return this.retrying.retry(Callers.of(authentication), id);
	}

}
