package be.brussels.poles.gateway.security;

import be.brussels.poles.gateway.problem.Problems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;

/** Answers 403 problem+json, telling a missing or stale CSRF token apart so that the UI can reload it. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

	private final Problems problems;

	ProblemAccessDeniedHandler(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		String detail = (denied instanceof CsrfException)
				? "The CSRF token is missing or invalid: send the XSRF-TOKEN cookie value in the X-XSRF-TOKEN header."
				: "You are not allowed to do this.";
		return this.problems.write(exchange, HttpStatus.FORBIDDEN, detail);
	}

}
