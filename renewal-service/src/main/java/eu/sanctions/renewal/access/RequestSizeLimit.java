package eu.sanctions.renewal.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413, before anything reads it. A body
 * without a declared length is refused too: every client of this API knows the length of
 * what it sends.
 */
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemResponses problems;

	RequestSizeLimit(long maxBytes, ProblemResponses problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
		if (length > this.maxBytes || (chunked && hasBody(request))) {
			this.problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
					"Request bodies are limited to " + this.maxBytes + " bytes, with a Content-Length.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
	}

}
