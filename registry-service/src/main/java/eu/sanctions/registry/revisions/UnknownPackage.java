package eu.sanctions.registry.revisions;

/** No package has this key. */
public class UnknownPackage extends RuntimeException {

	public UnknownPackage(String key) {
		super("No sanctions package has the key " + key);
	}

}
