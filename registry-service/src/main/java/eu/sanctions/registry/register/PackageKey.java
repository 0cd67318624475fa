package eu.sanctions.registry.register;

import java.util.regex.Pattern;

/**
 * A package's key, e.g. {@code EU-BLR}: the Kafka key of all its events, so it must match
 * the contract's pattern.
 */
public final class PackageKey {

	public static final String PATTERN = "^[A-Z]{2}-[A-Z0-9]+(-[A-Z0-9]+)*$";

	public static final int MAX_LENGTH = 60;

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private PackageKey() {
	}

	public static boolean isValid(String key) {
		return key != null && key.length() <= MAX_LENGTH && COMPILED.matcher(key).matches();
	}

	public static String requireValid(String key) {
		if (!isValid(key)) {
			throw new IllegalArgumentException("Not a package key (" + PATTERN + "): " + key);
		}
		return key;
	}

}
