package eu.sanctions.notification.subscription;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sanctions.events.registry.PackageRevised;

/**
 * The packages one may subscribe to, as the registry's compacted topic tells them.
 * Reading the topic again from its beginning changes nothing.
 */
@Service
public class PackageCatalogue {

	private final KnownPackages packages;

	private final Clock clock;

	PackageCatalogue(KnownPackages packages, Clock clock) {
		this.packages = packages;
		this.clock = clock;
	}

	@Transactional
	public void learn(PackageRevised revised) {
		this.packages.findById(revised.packageKey())
			.ifPresentOrElse((known) -> known.revise(revised, this.clock.instant()),
					() -> this.packages.save(new KnownPackage(revised, this.clock.instant())));
	}

	/** A tombstone on the compacted topic: the registry no longer has the package. */
	@Transactional
	public void forget(String packageKey) {
		this.packages.deleteById(packageKey);
	}

	@Transactional(readOnly = true)
	public boolean knows(String packageKey) {
		return this.packages.existsById(packageKey);
	}

}
