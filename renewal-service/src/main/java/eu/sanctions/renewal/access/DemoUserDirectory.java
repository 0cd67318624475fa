package eu.sanctions.renewal.access;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

import eu.sanctions.events.access.DemoUsers;

/**
 * The demo users of the embedded stack, from {@code sanctions.security.users-file} and
 * {@code sanctions.security.users.*}: the API's Basic users and the users provisioned
 * into Camunda for Tasklist. None when an OAuth2 issuer is configured.
 */
@Component
public class DemoUserDirectory {

	private final List<DemoUsers.DemoUser> users;

	private final int passwordHashCost;

	DemoUserDirectory(SecuritySettings settings, ObjectProvider<JwtDecoder> jwtDecoder) {
		List<DemoUsers.DemoUser> found = new ArrayList<>();
		if (jwtDecoder.getIfAvailable() == null) {
			found.addAll(DemoUsers.of(settings.users()));
			if (settings.usersFile() != null) {
				found.addAll(DemoUsers.read(settings.usersFile()));
			}
		}
		this.users = List.copyOf(found);
		this.passwordHashCost = settings.passwordHashCost();
	}

	public List<DemoUsers.DemoUser> users() {
		return this.users;
	}

	int passwordHashCost() {
		return this.passwordHashCost;
	}

}
