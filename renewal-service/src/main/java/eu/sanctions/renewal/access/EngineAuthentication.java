package eu.sanctions.renewal.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.sanctions.events.access.Caller;

/**
 * Hands the caller that Spring Security authenticated (Basic or JWT) to the engine for
 * the length of an engine REST request, with its Camunda groups, so that the engine's
 * authorizations apply: a desk can read and complete the tasks of its own state and no
 * others, whichever door it uses.
 */
class EngineAuthentication extends OncePerRequestFilter {

	private final IdentityService identityService;

	EngineAuthentication(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		Caller caller = Caller.fromAuthorities(authentication.getName(),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
		this.identityService.setAuthentication(caller.name(), CamundaGroups.of(caller));
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

}
