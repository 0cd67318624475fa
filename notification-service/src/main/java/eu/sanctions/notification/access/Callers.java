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
	 * The name a caller subscribes under: an integrator's own, its desk's, or for staff
	 * the staff's shared inbox. Admins operate the service and subscribe to nothing.
	 */
	public static Optional<String> subscriberOf(Caller caller) {
		if (caller.has(Role.INTEGRATOR)) {
			return Optional.of(caller.name());
		}
		if (caller.has(Role.STAFF)) {
			return Optional.of(Recipients.STAFF);
		}
		return caller.desk().map(Recipients::desk);
	}

	/**
	 * Staff manage the subscriptions: they see every one and may end any (a webhook that
	 * keeps failing, an integrator gone), but make them only for themselves, and never
	 * see a webhook's secret, which only its maker is shown, once.
	 */
	public static boolean managesEverySubscription(Caller caller) {
		return caller.has(Role.STAFF);
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
