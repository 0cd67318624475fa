package eu.sanctions.renewal.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the API. */
final class Requests {

	static final String PACKAGE_KEY = "^[A-Z]{2}-[A-Z0-9]+(-[A-Z0-9]+)*$";

	private Requests() {
	}

	/**
	 * Start a renewal.
	 *
	 * @param packageKey the package, as the registry knows it
	 * @param expiry the expiry to renew; the package's current expiry when absent
	 */
	record StartRenewal(
			@Schema(example = "EU-BLR") @NotBlank @Size(max = 60) @Pattern(regexp = PACKAGE_KEY,
					message = "must be a package key such as EU-BLR") String packageKey,
			@Schema(example = "2027-02-28",
					description = "Defaults to the package's current expiry") LocalDate expiry) {
	}

	/**
	 * A desk's position.
	 *
	 * @param state the desk's member state, EU code
	 * @param position SUPPORT, SUPPORT_WITH_CONDITIONS, ABSTAIN, CONSTRUCTIVE_ABSTENTION
	 * or OPPOSE
	 * @param conditions required with SUPPORT_WITH_CONDITIONS
	 * @param justification required with CONSTRUCTIVE_ABSTENTION (the declaration)
	 */
	record SubmitPosition(@Schema(example = "LT") @Size(max = 40) String state,
			@Schema(example = "SUPPORT") @Size(max = 40) String position,
			@Schema(maxLength = 1000) @Size(max = 4000) String conditions,
			@Schema(maxLength = 1000) @Size(max = 4000) String justification) {
	}

	/**
	 * Withdraw a renewal.
	 *
	 * @param reason why
	 */
	record Withdraw(
			@Schema(example = "Replaced by a new framework decision") @NotBlank @Size(max = 1000) String reason) {
	}

}
