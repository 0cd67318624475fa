package eu.sanctions.renewal.access;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import eu.sanctions.events.access.Caller;
import eu.sanctions.events.access.DemoUsers;
import eu.sanctions.events.access.Role;
import eu.sanctions.events.access.TokenClaims;

/**
 * Every API needs a caller. Reading renewals is for every role; starting and withdrawing
 * them is for staff; submitting a position is for desks (each for its own state, which
 * the position intake checks). The engine REST API is for staff, desks and admins, and
 * behind it the engine's own authorizations decide task by task, with the rules of
 * {@link EngineDoorGuard} on top, at that door and at Tasklist's. Camunda's webapps
 * (Tasklist, Cockpit, Admin) keep their own login against the same users, but for the
 * first-admin setup, which is closed ({@link CamundaSetupRefusal}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	private static final String[] EVERY_ROLE = { Role.STAFF.name(), Role.DESK.name(), Role.INTEGRATOR.name(),
			Role.ADMIN.name() };

	@Bean
	SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, SecuritySettings settings,
			ProblemResponses problems, IdentityService identityService, TaskService taskService, ObjectMapper json)
			throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health/**", "/actuator/info", "/error")
						.permitAll()
						.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
						.permitAll()
						// The webapps authenticate their users themselves, with sessions
						// and CSRF protection of their own.
						.requestMatchers("/camunda/**", "/")
						.permitAll()
						.requestMatchers("/actuator/**")
						.hasRole(Role.ADMIN.name())
						.requestMatchers("/engine-rest/**")
						.hasAnyRole(Role.STAFF.name(), Role.DESK.name(), Role.ADMIN.name())
						.requestMatchers(HttpMethod.GET, "/api/**")
						.hasAnyRole(EVERY_ROLE)
						.requestMatchers(HttpMethod.POST, "/api/renewals/*/positions")
						.hasRole(Role.DESK.name())
						.requestMatchers("/api/**")
						.hasRole(Role.STAFF.name())
						.anyRequest()
						.denyAll())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new RequestSizeLimit(settings.maxRequestBytes(), problems),
					SecurityContextHolderFilter.class)
			.addFilterBefore(new CamundaSetupRefusal(problems), SecurityContextHolderFilter.class)
			.addFilterAfter(new EngineAuthentication(identityService), AuthorizationFilter.class)
			.addFilterAfter(new EngineDoorGuard(identityService, taskService, TaskForms.read(json), problems, json),
					AuthorizationFilter.class);
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
	 * The demo users, when no issuer is configured; the same ones that log in to
	 * Tasklist.
	 */
	@Bean
	UserDetailsService demoUsers(DemoUserDirectory directory, PasswordEncoder encoder) {
		List<DemoUsers.DemoUser> users = new ArrayList<>(directory.users());
		if (users.isEmpty()) {
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

	/**
	 * The demo users' passwords at the configured cost. Without this bean Spring's
	 * delegating encoder would "upgrade" each hash to its default cost of 10 at the first
	 * login, and every request after it would pay for that.
	 */
	@Bean
	PasswordEncoder passwordEncoder(DemoUserDirectory directory) {
		return new BCryptPasswordEncoder(directory.passwordHashCost());
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
