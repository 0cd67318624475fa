package eu.sanctions.registry.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: a package's ETag is its latest revision number, and a
 * write must say, in {@code If-Match}, which revision it was made against. When the
 * revision shown is not the latest (a lapse recorded before it takes effect), the ETag
 * names both, {@code "4.3"}: the representation changes on the day the latest takes
 * effect, and a conditional GET must not answer "not modified" across it.
 */
final class IfMatch {

	private static final Pattern ETAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,18})(?:\\.\\d{1,18})?\"\\s*$");

	private IfMatch() {
	}

	static String etagOf(long revision) {
		return "\"" + revision + "\"";
	}

	/** The ETag of a package whose latest revision is not the one shown. */
	static String etagOf(long latestRevision, long shownRevision) {
		return (latestRevision == shownRevision) ? etagOf(latestRevision)
				: "\"" + latestRevision + "." + shownRevision + "\"";
	}

	/**
	 * The revision the caller expects, or {@code null} for {@code If-Match: *} (any
	 * revision).
	 * @throws PreconditionRequired without the header
	 * @throws Malformed if it is not an ETag of this API
	 */
	static Long expectedRevision(String header) {
		if (header == null || header.isBlank()) {
			throw new PreconditionRequired();
		}
		if (header.strip().equals("*")) {
			return null;
		}
		Matcher matcher = ETAG.matcher(header);
		if (!matcher.matches()) {
			throw new Malformed();
		}
		return Long.parseLong(matcher.group(1));
	}

	/** A write came without {@code If-Match}. */
	static class PreconditionRequired extends RuntimeException {

		PreconditionRequired() {
			super("Send If-Match with the ETag of the package as you read it, so that a concurrent change is not "
					+ "overwritten");
		}

	}

	/** {@code If-Match} is not an ETag of this API. */
	static class Malformed extends RuntimeException {

		Malformed() {
			super("If-Match must be the ETag of the package as you read it, e.g. \"3\"");
		}

	}

}
