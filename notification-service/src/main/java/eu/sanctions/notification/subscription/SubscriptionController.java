package eu.sanctions.notification.subscription;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.sanctions.notification.access.Callers;

@Tag(name = "Subscriptions",
		description = "What staff, a desk or an integrator hears of: packages, event types and, for integrators, "
				+ "a webhook signed as Standard Webhooks says. Staff see and may end every subscription.")
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

	private final Subscribing subscribing;

	SubscriptionController(Subscribing subscribing) {
		this.subscribing = subscribing;
	}

	@Operation(summary = "Subscribes the caller; the answer holds the webhook's signing secret, once")
	@PostMapping
	ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscriptionRequest request,
			Authentication authentication) {
		SubscriptionView made = this.subscribing.subscribe(Callers.of(authentication), request);
		return ResponseEntity.created(URI.create("/api/subscriptions/" + made.id())).body(made);
	}

	@Operation(summary = "The caller's subscriptions; for staff, everyone's")
	@GetMapping
	List<SubscriptionView> subscriptions(Authentication authentication) {
		return this.subscribing.subscriptionsOf(Callers.of(authentication));
	}

	@Operation(summary = "One of the caller's subscriptions; for staff, anyone's")
	@GetMapping("/{id}")
	SubscriptionView subscription(@PathVariable long id, Authentication authentication) {
		return this.subscribing.subscriptionOf(Callers.of(authentication), id);
	}

	@Operation(summary = "Ends one of the caller's subscriptions; for staff, anyone's")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> unsubscribe(@PathVariable long id, Authentication authentication) {
		this.subscribing.unsubscribe(Callers.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

}
