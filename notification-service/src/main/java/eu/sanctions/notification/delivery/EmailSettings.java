package eu.sanctions.notification.delivery;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings ({@code sanctions.notification.email.*}); the SMTP server itself is
 * Spring's {@code spring.mail.*}, and without {@code spring.mail.host} no e-mail is sent.
 *
 * @param from the sender of every e-mail
 * @param addresses each recipient's address, e.g. {@code desk-LT} to
 * {@code sanctions@example.lt}; recipients without one hear through their inbox only
 */
@ConfigurationProperties("sanctions.notification.email")
record EmailSettings(@DefaultValue("notifications@sanctions.localhost") String from, Map<String, String> addresses) {

	EmailSettings {
		Map<String, String> normalized = new HashMap<>();
		if (addresses != null) {
			addresses.forEach((recipient, address) -> normalized.put(key(recipient), address));
		}
		addresses = Map.copyOf(normalized);
	}

	Optional<String> addressOf(String recipient) {
		return Optional.ofNullable(this.addresses.get(key(recipient))).filter((address) -> !address.isBlank());
	}

	/**
	 * Recipients are matched whatever form the configuration source left their name in:
	 * {@code desk-LT} from a properties file, {@code desk.lt} from the environment
	 * variable {@code SANCTIONS_NOTIFICATION_EMAIL_ADDRESSES_DESK_LT}.
	 */
	private static String key(String recipient) {
		return recipient.toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-');
	}

}
