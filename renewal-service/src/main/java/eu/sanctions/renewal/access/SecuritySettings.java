package eu.sanctions.renewal.access;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings ({@code sanctions.security.*}).
 *
 * @param usersFile the demo users file that {@code ./sanctions up} generates; ignored
 * when an OAuth2 issuer is set
 * @param users more demo users, name to password (tests use these)
 * @param passwordHashCost the bcrypt cost of the demo users' passwords: they are
 * generated, long and random, so a low cost protects them while keeping each request
 * cheap
 * @param rolesClaim the token claim that holds the roles
 * @param stateClaim the token claim that holds a desk's member state
 * @param maxRequestBytes the largest request body accepted
 */
@ConfigurationProperties("sanctions.security")
record SecuritySettings(Path usersFile, Map<String, String> users, @DefaultValue("4") int passwordHashCost,
		@DefaultValue("roles") String rolesClaim, @DefaultValue("member_state") String stateClaim,
		@DefaultValue("1048576") long maxRequestBytes) {

	SecuritySettings {
		users = (users != null) ? Map.copyOf(users) : Map.of();
	}

}
