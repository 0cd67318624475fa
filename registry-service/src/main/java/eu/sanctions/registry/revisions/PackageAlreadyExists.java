package eu.sanctions.registry.revisions;

/** A package with this key, or for this Sanctions Map regime, exists already. */
public class PackageAlreadyExists extends RuntimeException {

	public PackageAlreadyExists(String detail) {
		super(detail);
	}

}
