package eu.sanctions.renewal.access;

import java.util.ArrayList;
import java.util.List;

import eu.sanctions.events.access.Caller;
import eu.sanctions.events.access.DemoUsers;
import eu.sanctions.events.access.Role;

/** The Camunda groups of a caller: what the engine's authorizations are granted to. */
final class CamundaGroups {

	static final String STAFF = "staff";

	static final String ADMINS = "camunda-admin";

	static final String INTEGRATORS = "integrators";

	private CamundaGroups() {
	}

	static List<String> of(Caller caller) {
		List<String> groups = new ArrayList<>();
		if (caller.has(Role.STAFF)) {
			groups.add(STAFF);
		}
		if (caller.has(Role.ADMIN)) {
			groups.add(ADMINS);
		}
		if (caller.has(Role.INTEGRATOR)) {
			groups.add(INTEGRATORS);
		}
		caller.desk().ifPresent((state) -> groups.add(DemoUsers.deskGroup(state)));
		return List.copyOf(groups);
	}

}
