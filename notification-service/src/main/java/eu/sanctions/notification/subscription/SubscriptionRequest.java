package eu.sanctions.notification.subscription;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A subscription asked for.
 *
 * @param url where to POST each event, for integrators; none for inbox and e-mail only
 * @param packages package keys the registry knows, or {@code *} alone for all
 * @param eventTypes CloudEvents types; none means every type sent to subscribers
 */
record SubscriptionRequest(
		@Schema(description = "Webhook URL, http or https, for integrators; omit for inbox and e-mail only",
				example = "https://screening.example-bank.eu/hooks/sanctions") @Size(max = 2048) String url,
		@Schema(description = "Package keys, or [\"*\"] for every package",
				example = "[\"EU-BLR\"]") @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 60) String> packages,
		@Schema(description = "CloudEvents types; omit for every type sent to subscribers",
				example = "[\"eu.sanctions.renewal.extension-adopted.v1\"]") @Size(
						max = 20) List<@NotBlank @Size(max = 200) String> eventTypes) {

	static final String ALL_PACKAGES = "*";

	SubscriptionRequest {
		eventTypes = (eventTypes != null) ? eventTypes : List.of();
	}

}
