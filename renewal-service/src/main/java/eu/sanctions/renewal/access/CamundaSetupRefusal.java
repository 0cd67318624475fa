package eu.sanctions.renewal.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses Camunda's first-admin setup ({@code /camunda/api/admin/setup/...}) to everyone,
 * with or without credentials. Camunda's Admin webapp lets anyone create an administrator
 * with every permission while its admin group has no member, which is the normal state in
 * production, where no demo user is provisioned. This service provisions its
 * administrators itself ({@link CamundaAccessProvisioning}, or the identity provider).
 */
class CamundaSetupRefusal extends OncePerRequestFilter {

	private static final String SETUP = "/camunda/api/admin/setup";

	private final ProblemResponses problems;

	CamundaSetupRefusal(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// The container's decoded path, as Camunda's API matches it.
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		return !path.equals(SETUP) && !path.startsWith(SETUP + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.problems.write(request, response, HttpStatus.FORBIDDEN,
				"Camunda's administrators are provisioned by the service; the setup of a first one is closed.");
	}

}
