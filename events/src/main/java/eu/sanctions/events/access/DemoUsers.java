package eu.sanctions.events.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.sanctions.events.MemberState;

/**
 * The users of the embedded stack: {@code staff}, {@code admin}, {@code integrator} and
 * one desk per member state, {@code desk-LT}. {@code ./sanctions up} generates their
 * passwords into a file of {@code name=password} lines; a user's name says its role.
 * Production configures an OAuth2 issuer instead, and these are not provisioned.
 */
public final class DemoUsers {

	private static final String DESK_PREFIX = "desk-";

	private DemoUsers() {
	}

	/**
	 * A demo user.
	 *
	 * @param caller who it is
	 * @param password its password, as generated
	 */
	public record DemoUser(Caller caller, String password) {

		public String name() {
			return this.caller.name();
		}

	}

	/** Reads a users file; blank lines and {@code #} comments are skipped. */
	public static List<DemoUser> read(Path file) {
		Map<String, String> passwords = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file)) {
				String trimmed = line.trim();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				int equals = trimmed.indexOf('=');
				if (equals < 1) {
					throw new IllegalArgumentException("Not a name=password line in " + file + ": " + trimmed);
				}
				passwords.put(trimmed.substring(0, equals).trim(), trimmed.substring(equals + 1).trim());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the users file " + file, ex);
		}
		return of(passwords);
	}

	/** Demo users from names and passwords. */
	public static List<DemoUser> of(Map<String, String> passwords) {
		List<DemoUser> users = new ArrayList<>();
		passwords.forEach((name, password) -> {
			if (password == null || password.length() < 8) {
				throw new IllegalArgumentException("The password of " + name + " is shorter than 8 characters");
			}
			users.add(new DemoUser(callerNamed(name), password));
		});
		return List.copyOf(users);
	}

	/** The caller a demo user's name describes. */
	public static Caller callerNamed(String name) {
		if (name.startsWith(DESK_PREFIX)) {
			MemberState state = MemberState.fromCode(name.substring(DESK_PREFIX.length()))
				.filter((found) -> found.euCode().equals(name.substring(DESK_PREFIX.length())))
				.orElseThrow(() -> new IllegalArgumentException(name + " is not the desk of a member state"));
			return new Caller(name, Set.of(Role.DESK), state);
		}
		Role role = switch (name) {
			case "staff" -> Role.STAFF;
			case "admin" -> Role.ADMIN;
			case "integrator" -> Role.INTEGRATOR;
			default ->
				throw new IllegalArgumentException("A demo user is staff, admin, integrator or desk-XX, not " + name);
		};
		return new Caller(name, EnumSet.of(role), null);
	}

	/** The group a desk's Camunda tasks are offered to, e.g. {@code desk-LT}. */
	public static String deskGroup(MemberState state) {
		return DESK_PREFIX + state.euCode();
	}

}
