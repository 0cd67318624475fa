package eu.sanctions.events.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.sanctions.events.MemberState;

/**
 * How an OAuth2 access token names a caller: which claim holds the roles and which the
 * desk's member state, both configurable because every identity provider spells them its
 * own way.
 *
 * @param rolesClaim the claim with the roles, a list or a space-separated string, e.g.
 * {@code roles}
 * @param stateClaim the claim with a desk's member state, e.g. {@code member_state}
 */
public record TokenClaims(String rolesClaim, String stateClaim) {

	/**
	 * The caller the claims describe; unknown roles are ignored, a desk without a valid
	 * state is refused.
	 */
	public Caller callerOf(String name, Map<String, Object> claims) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Object value = claims.get(this.rolesClaim);
		Collection<?> names = (value instanceof Collection<?> list) ? list
				: (value instanceof String text) ? java.util.Arrays.asList(text.split("\\s+")) : java.util.List.of();
		for (Object role : names) {
			String normalized = String.valueOf(role).toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
			for (Role known : Role.values()) {
				if (known.name().equals(normalized)) {
					roles.add(known);
				}
			}
		}
		MemberState state = null;
		if (roles.contains(Role.DESK)) {
			Object stateValue = claims.get(this.stateClaim);
			state = MemberState.fromCode((stateValue != null) ? stateValue.toString() : null)
				.orElseThrow(() -> new IllegalArgumentException(
						"A desk's token must name its member state in the claim " + this.stateClaim));
		}
		return new Caller(name, roles, state);
	}

}
