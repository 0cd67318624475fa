package eu.sanctions.notification.rules;

/**
 * What a notification says, the same on every channel that carries words.
 *
 * @param title one line: the inbox entry and the e-mail subject
 * @param body a few sentences
 * @param link where to act, if the recipient has something to do; otherwise {@code null}
 */
public record Notice(String title, String body, String link) {

	static final int MAX_TITLE = 300;

	static final int MAX_BODY = 4000;

	public Notice {
		title = cut(title, MAX_TITLE);
		body = cut(body, MAX_BODY);
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
