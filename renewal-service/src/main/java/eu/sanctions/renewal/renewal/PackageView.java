package eu.sanctions.renewal.renewal;

import java.time.LocalDate;

import eu.sanctions.events.PackageStatus;

/**
 * A package as the registry last published it on {@code sanctions.registry.packages}.
 *
 * @param packageKey e.g. {@code EU-BLR}
 * @param title the regime's title
 * @param status whether its measures are in force
 * @param expiry its current expiry, absent without a sunset clause
 * @param renewalCycleMonths how long a renewal usually extends it
 * @param revision the registry's revision number
 */
public record PackageView(String packageKey, String title, PackageStatus status, LocalDate expiry,
		int renewalCycleMonths, long revision) {
}
