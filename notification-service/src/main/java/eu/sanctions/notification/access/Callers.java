package eu.sanctions.notification.access;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import eu.sanctions.events.access.Caller;
import eu.sanctions.events.access.Role;
import eu.sanctions.notification.rules.Recipients;

/**
 * Whose notifications a caller may see: a desk its own desk's inbox ({@code desk-LT}),
 * staff the {@code staff} inbox, an integrator its own (by user name). Admins see every
 * delivery, for operations, and read no inbox.
 */
public final class Callers {

	private Callers() {
	}

	public static Caller of(Authentication authentication) {
		return Caller.fromAuthorities(authentication.getName(),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

	/** The recipients whose inbox and deliveries the caller may read. */
	public static Set<String> inboxesOf(Caller caller) {
		Set<String> inboxes = new LinkedHashSet<>();
		caller.desk().ifPresent((state) -> inboxes.add(Recipients.desk(state)));
		if (caller.has(Role.STAFF)) {
			inboxes.add(Recipients.STAFF);
		}
		if (caller.has(Role.INTEGRATOR)) {
			inboxes.add(caller.name());
		}
		return inboxes;
	}

	/**
	 * Refuses, with the same answer whether the recipient exists or not, a caller who may
	 * not read this inbox.
	 */
	public static Caller requireInbox(Authentication authentication, String recipient) {
		Caller caller = of(authentication);
		if (!inboxesOf(caller).contains(recipient)) {
			throw new AccessDeniedException("You may read only your own notifications.");
		}
		return caller;
	}

	/**
	 * The name a caller subscribes under: an integrator's own, or its desk's. Staff and
	 * admins hear of what concerns them by rule, not by subscription.
	 */
	public static Optional<String> subscriberOf(Caller caller) {
		if (caller.has(Role.INTEGRATOR)) {
			return Optional.of(caller.name());
		}
		return caller.desk().map(Recipients::desk);
	}

	/** Only integrators receive webhooks; desks read their inbox and e-mail. */
	public static boolean registersWebhooks(Caller caller) {
		return caller.has(Role.INTEGRATOR);
	}

	/** Admins operate the service: they see and retry every delivery. */
	public static boolean seesEveryDelivery(Caller caller) {
		return caller.has(Role.ADMIN);
	}

}
