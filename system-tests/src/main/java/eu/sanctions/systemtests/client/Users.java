package eu.sanctions.systemtests.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.access.DemoUsers;

/** The demo users and their passwords, as {@code ./sanctions up} generated them. */
public final class Users {

	private final Map<String, String> passwords;

	private Users(Map<String, String> passwords) {
		this.passwords = Map.copyOf(passwords);
	}

	public static Users read(Path file) {
		Map<String, String> passwords = new LinkedHashMap<>();
		DemoUsers.read(file).forEach((user) -> passwords.put(user.name(), user.password()));
		return new Users(passwords);
	}

	/**
	 * Generates users and writes them as {@code ./sanctions up} does: the system tests'
	 * own.
	 */
	public static Users generate(Path file) {
		Map<String, String> passwords = new LinkedHashMap<>();
		java.security.SecureRandom random = new java.security.SecureRandom();
		java.util.function.Supplier<String> password = () -> java.util.HexFormat.of()
			.formatHex(random.generateSeed(12));
		for (String name : new String[] { "staff", "admin", "integrator" }) {
			passwords.put(name, password.get());
		}
		for (MemberState state : MemberState.values()) {
			passwords.put(desk(state), password.get());
		}
		StringBuilder text = new StringBuilder("# Users of one system-test run\n");
		passwords.forEach((name, secret) -> text.append(name).append('=').append(secret).append('\n'));
		try {
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Users(passwords);
	}

	public String password(String user) {
		String password = this.passwords.get(user);
		if (password == null) {
			throw new IllegalArgumentException("No such demo user: " + user);
		}
		return password;
	}

	/** The desk user of a state: {@code desk-LT}. */
	public static String desk(MemberState state) {
		return DemoUsers.deskGroup(state);
	}

}
