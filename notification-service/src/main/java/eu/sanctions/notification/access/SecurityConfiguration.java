package eu.sanctions.notification.access;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import eu.sanctions.events.access.Caller;
import eu.sanctions.events.access.DemoUsers;
import eu.sanctions.events.access.Role;
import eu.sanctions.events.access.TokenClaims;

/**
 * Every API needs a caller. Inboxes are for the roles that receive notifications;
 * subscriptions for staff, desks and integrators; deliveries for whoever they were for,
 * and for admins. Whose inbox, subscription or delivery it is, the endpoints check
 * ({@link Callers}). With an OAuth2 issuer configured
 * ({@code spring.security.oauth2.resourceserver.jwt.*}) callers present JWTs; otherwise
 * the demo users of the embedded stack log in with HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	private static final String[] RECEIVERS = { Role.STAFF.name(), Role.DESK.name(), Role.INTEGRATOR.name() };

	private static final String[] SUBSCRIBERS = { Role.STAFF.name(), Role.DESK.name(), Role.INTEGRATOR.name() };

	private static final String[] EVERY_ROLE = { Role.STAFF.name(), Role.DESK.name(), Role.INTEGRATOR.name(),
			Role.ADMIN.name() };

	@Bean
	SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, SecuritySettings settings,
			ProblemResponses problems) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				// A live stream's later dispatches, and error pages, belong to a request
				// already authorized.
				.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info", "/error")
				.permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/notifications", "/api/notifications/stream")
				.hasAnyRole(RECEIVERS)
				.requestMatchers(HttpMethod.POST, "/api/notifications/*/read")
				.hasAnyRole(RECEIVERS)
				.requestMatchers(HttpMethod.GET, "/api/subscriptions", "/api/subscriptions/*")
				.hasAnyRole(SUBSCRIBERS)
				.requestMatchers(HttpMethod.POST, "/api/subscriptions")
				.hasAnyRole(SUBSCRIBERS)
				.requestMatchers(HttpMethod.DELETE, "/api/subscriptions/*")
				.hasAnyRole(SUBSCRIBERS)
				.requestMatchers(HttpMethod.GET, "/api/deliveries")
				.hasAnyRole(EVERY_ROLE)
				.requestMatchers(HttpMethod.POST, "/api/deliveries/*/retry")
				.hasAnyRole(EVERY_ROLE)
				.anyRequest()
				.denyAll())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new RequestSizeLimit(settings.maxRequestBytes(), problems),
					SecurityContextHolderFilter.class);
		if (jwtDecoder.getIfAvailable() != null) {
			TokenClaims claims = new TokenClaims(settings.rolesClaim(), settings.stateClaim());
			http.oauth2ResourceServer((server) -> server.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(callerOf(claims))));
		}
		else {
			http.httpBasic((basic) -> basic.authenticationEntryPoint(problems));
		}
		return http.build();
	}

	/**
	 * The demo users' passwords at the configured cost. Without this bean Spring's
	 * delegating encoder would "upgrade" each hash to its default cost of 10 at the first
	 * login, and every request after it would pay for that.
	 */
	@Bean
	PasswordEncoder passwordEncoder(SecuritySettings settings) {
		return new BCryptPasswordEncoder(settings.passwordHashCost());
	}

	/**
	 * The demo users, when no issuer is configured. Without users either, nobody can call
	 * the API: that is said once at start-up rather than discovered by a 401.
	 */
	@Bean
	UserDetailsService demoUsers(SecuritySettings settings, ObjectProvider<JwtDecoder> jwtDecoder,
			PasswordEncoder encoder) {
		List<DemoUsers.DemoUser> users = new ArrayList<>(DemoUsers.of(settings.users()));
		if (jwtDecoder.getIfAvailable() == null && settings.usersFile() != null) {
			users.addAll(DemoUsers.read(settings.usersFile()));
		}
		if (jwtDecoder.getIfAvailable() == null && users.isEmpty()) {
			log.warn("No OAuth2 issuer and no demo users: every API call will be refused. "
					+ "Set sanctions.security.users-file or spring.security.oauth2.resourceserver.jwt.*");
		}
		List<UserDetails> details = users.stream()
			.map((user) -> User.withUsername(user.name())
				.password(encoder.encode(user.password()))
				.authorities(user.caller().authorities().toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(details);
	}

	private static Converter<Jwt, AbstractAuthenticationToken> callerOf(TokenClaims claims) {
		return (jwt) -> {
			String name = (jwt.getClaimAsString("preferred_username") != null)
					? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
			Caller caller;
			try {
				caller = claims.callerOf(name, jwt.getClaims());
			}
			catch (IllegalArgumentException ex) {
				// A desk's token without a member state names nobody: 401, not 500.
				throw new InvalidBearerTokenException(ex.getMessage(), ex);
			}
			return new JwtAuthenticationToken(jwt,
					AuthorityUtils.createAuthorityList(caller.authorities().toArray(String[]::new)), name);
		};
	}

}
