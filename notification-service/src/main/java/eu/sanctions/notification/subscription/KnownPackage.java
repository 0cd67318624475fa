package eu.sanctions.notification.subscription;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.sanctions.events.registry.PackageRevised;

/** A package the registry published: subscriptions may name it. */
@Entity
@Table(name = "known_package")
class KnownPackage {

	@Id
	private String packageKey;

	private String title;

	private long revision;

	private Instant learnedAt;

	protected KnownPackage() {
	}

	KnownPackage(PackageRevised revised, Instant now) {
		this.packageKey = revised.packageKey();
		revise(revised, now);
	}

	/**
	 * Keeps the latest revision; an older one, read again from the topic, changes
	 * nothing.
	 */
	void revise(PackageRevised revised, Instant now) {
		if (revised.revision() >= this.revision) {
			this.title = revised.title();
			this.revision = revised.revision();
			this.learnedAt = now;
		}
	}

	String getPackageKey() {
		return this.packageKey;
	}

	long getRevision() {
		return this.revision;
	}

}
