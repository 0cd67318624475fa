package eu.sanctions.registry.revisions;

/**
 * A change was made against a revision of the package that is no longer its latest:
 * someone else changed it in between.
 */
public class StaleRevision extends RuntimeException {

	private final long current;

	public StaleRevision(String key, long expected, long current) {
		super(key + " is at revision " + current + ", not " + expected
				+ ": it changed in the meantime; read it again and retry");
		this.current = current;
	}

	/** The latest revision, as far as known when the conflict was found. */
	public long current() {
		return this.current;
	}

}
