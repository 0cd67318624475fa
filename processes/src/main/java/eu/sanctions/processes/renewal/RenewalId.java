package eu.sanctions.processes.renewal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A renewal is one package renewing one expiry: {@code EU-BLR:2027-02-28}. It is also the
 * business key of the renewal's process instance.
 *
 * @param packageKey the package, e.g. {@code EU-BLR}
 * @param expiry the expiry it renews
 */
public record RenewalId(String packageKey, LocalDate expiry) {

	private static final Pattern PACKAGE_KEY = Pattern.compile("^[A-Z]{2}-[A-Z0-9]+(-[A-Z0-9]+)*$");

	public RenewalId {
		Objects.requireNonNull(expiry, "A renewal needs the expiry it renews");
		if (packageKey == null || !PACKAGE_KEY.matcher(packageKey).matches()) {
			throw new IllegalArgumentException("Not a package key: " + packageKey + " (expected e.g. EU-BLR)");
		}
	}

	@Override
	public String toString() {
		return this.packageKey + ":" + this.expiry;
	}

}
