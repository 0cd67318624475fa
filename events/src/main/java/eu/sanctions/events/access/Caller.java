package eu.sanctions.events.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import eu.sanctions.events.MemberState;

/**
 * Who is asking: a name, roles, and for a desk the one member state it speaks for.
 *
 * @param name the user or system, e.g. {@code desk-LT}
 * @param roles its roles
 * @param deskState the state a desk speaks for; absent for other roles
 */
public record Caller(String name, Set<Role> roles, MemberState deskState) {

	/** Authorities that carry a desk's state, e.g. {@code STATE_LT}. */
	public static final String STATE_AUTHORITY_PREFIX = "STATE_";

	public Caller {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		if (roles.contains(Role.DESK) != (deskState != null)) {
			throw new IllegalArgumentException("A desk speaks for exactly one state, and only a desk does: " + name);
		}
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether this caller may speak for the state: only that state's desk may. */
	public boolean speaksFor(MemberState state) {
		return has(Role.DESK) && this.deskState == state;
	}

	public Optional<MemberState> desk() {
		return Optional.ofNullable(this.deskState);
	}

	/** The authorities a framework grants this caller: its roles, and a desk's state. */
	public Set<String> authorities() {
		Set<String> authorities = new java.util.TreeSet<>();
		this.roles.forEach((role) -> authorities.add(role.authority()));
		desk().ifPresent((state) -> authorities.add(STATE_AUTHORITY_PREFIX + state.euCode()));
		return authorities;
	}

	/**
	 * The caller that a set of authorities, as {@link #authorities()} made them,
	 * describes.
	 */
	public static Caller fromAuthorities(String name, Collection<String> authorities) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		MemberState state = null;
		for (String authority : authorities) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority)) {
					roles.add(role);
				}
			}
			if (authority.startsWith(STATE_AUTHORITY_PREFIX)) {
				state = MemberState.fromCode(authority.substring(STATE_AUTHORITY_PREFIX.length())).orElse(null);
			}
		}
		return new Caller(name, roles, roles.contains(Role.DESK) ? state : null);
	}

}
