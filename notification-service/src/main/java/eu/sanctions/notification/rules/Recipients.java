package eu.sanctions.notification.rules;

import java.util.List;
import java.util.Optional;

import eu.sanctions.events.MemberState;

/**
 * Recipients are named as the users are: {@code desk-LT} for a member state's desk (EU
 * codes, {@code desk-EL} for Greece), {@code staff} for the policy staff's shared inbox,
 * and an integrator by its user name.
 */
public final class Recipients {

	/** The policy staff's inbox. */
	public static final String STAFF = "staff";

	private static final String DESK_PREFIX = "desk-";

	private Recipients() {
	}

	public static String desk(MemberState state) {
		return DESK_PREFIX + state.euCode();
	}

	public static List<String> desks(List<MemberState> states) {
		return states.stream().map(Recipients::desk).toList();
	}

	/** The 27 desks. */
	public static List<String> everyDesk() {
		return desks(List.of(MemberState.values()));
	}

	/** The state whose desk this recipient is, if it is a desk. */
	public static Optional<MemberState> deskState(String recipient) {
		if (recipient == null || !recipient.startsWith(DESK_PREFIX)) {
			return Optional.empty();
		}
		String code = recipient.substring(DESK_PREFIX.length());
		return MemberState.fromCode(code).filter((state) -> state.euCode().equals(code));
	}

}
