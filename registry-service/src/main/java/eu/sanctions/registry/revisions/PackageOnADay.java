package eu.sanctions.registry.revisions;

import java.util.List;

import eu.sanctions.events.Lists;
import eu.sanctions.registry.register.Revision;

/**
 * A package as it stands on a day: the revision in force, and what is recorded to take
 * effect later (a lapse recorded before the expiry, an extension before its entry into
 * force).
 *
 * @param inForce the revision in force that day, or the latest if none is in force yet
 * @param latestRevision the latest revision recorded, which a change must be made against
 * @param upcoming the revisions recorded after the one in force, oldest first
 */
public record PackageOnADay(Revision inForce, long latestRevision, List<RevisionEntry> upcoming) {

	public PackageOnADay {
		upcoming = Lists.copyOf(upcoming);
	}

	/** Whether the revision in force is the latest one. */
	public boolean isLatest() {
		return this.inForce.number() == this.latestRevision;
	}

}
