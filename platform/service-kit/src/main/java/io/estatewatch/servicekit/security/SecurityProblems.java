package io.estatewatch.servicekit.security;

import io.estatewatch.servicekit.security.CallerAuthenticationConverter.InvalidCallerClaimsException;
import io.estatewatch.servicekit.web.ProblemResponses;
import io.estatewatch.servicekit.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.io.IOException;
import java.time.Duration;

/**
 * 401 and 403 as problem+json, wherever they arise: in the security filter chain (as its entry point, the bearer
 * token filter's failure handler and the access denied handler) and inside Spring MVC (as an advice ahead of the
 * generic handler, which would make a 500 of an {@link AccessDeniedException} thrown by a controller or a service).
 *
 * <p>A 401 carries {@code WWW-Authenticate: Bearer} (with {@code error="invalid_token"} when a token was sent,
 * RFC 6750). An {@link AccessDeniedException} for a request without a token is a 401 too: the client must
 * authenticate first.
 *
 * <p>A token that could not be checked at all (an {@link AuthenticationServiceException}: the identity provider's
 * keys cannot be fetched) is a 503 with {@code Retry-After}: the service's trouble, not the caller's, and passing. A
 * 401 would send staff to sign in again, to no avail.
 */
@RestControllerAdvice
@Order(SecurityProblems.ORDER)
final class SecurityProblems implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

    /** Ahead of the service kit's generic handler (the lowest precedence). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    static final String MISSING_TOKEN = "This request needs a bearer token: Authorization: Bearer <JWT>.";
    static final String INVALID_TOKEN =
            "The bearer token is not valid: it is malformed, has expired, or was not signed by a trusted issuer.";
    static final String UNVERIFIABLE_TOKEN = "The bearer token cannot be verified right now: the identity provider "
            + "that signed it cannot be reached. Retry after the number of seconds in Retry-After.";
    static final String FORBIDDEN = "The caller may not perform this request.";

    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);
    private static final String DEFAULT_DENIED_MESSAGE = "Access Denied";

    private final ProblemResponses problems;
    private final Duration retryAfter;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    /** @param retryAfter what a 503 tells the client to wait ({@code estatewatch.web.unavailable-retry-after}) */
    SecurityProblems(ProblemResponses problems, Duration retryAfter) {
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    // ---- the filter chain --------------------------------------------------------------------------------------

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        log.debug("401 for {} {}: {}", request.getMethod(), request.getRequestURI(), exception.getMessage());
        problems.write(request, response, unauthenticated(exception), challenge(exception));
    }

    /** The bearer token filter's failures: Spring's own handler would rethrow a service failure, making it a 500. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof AuthenticationServiceException) {
            log.warn("503 for {} {}: the token could not be verified: {}", request.getMethod(), request.getRequestURI(),
                    NestedExceptionUtils.getMostSpecificCause(exception).toString());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
            problems.write(request, response,
                    ProblemResponses.problem(ProblemType.SERVICE_UNAVAILABLE, UNVERIFIABLE_TOKEN), headers);
            return;
        }
        commence(request, response, exception);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        log.debug("403 for {} {}: {}", request.getMethod(), request.getRequestURI(), exception.getMessage());
        problems.write(request, response, forbidden(exception), new HttpHeaders());
    }

    // ---- inside Spring MVC -------------------------------------------------------------------------------------

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException exception, HttpServletRequest request) {
        if (trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            return respond(forbidden(exception), new HttpHeaders(), request);
        }
        return respond(ProblemResponses.problem(ProblemType.UNAUTHORIZED, MISSING_TOKEN), challenge(null), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> authentication(AuthenticationException exception, HttpServletRequest request) {
        return respond(unauthenticated(exception), challenge(exception), request);
    }

    // ---- the problems ------------------------------------------------------------------------------------------

    private static ProblemDetail unauthenticated(AuthenticationException exception) {
        if (exception instanceof InvalidCallerClaimsException claims) {
            return ProblemResponses.problem(ProblemType.UNAUTHORIZED, claims.getMessage() + ".");
        }
        if (exception instanceof OAuth2AuthenticationException oauth) {
            if (oauth.getError() instanceof BearerTokenError error && error.getHttpStatus() == HttpStatus.BAD_REQUEST) {
                return ProblemResponses.problem(ProblemType.BAD_REQUEST, "The bearer token request is malformed: "
                        + (error.getDescription() == null ? "see WWW-Authenticate" : error.getDescription()) + ".");
            }
            return ProblemResponses.problem(ProblemType.UNAUTHORIZED, INVALID_TOKEN);
        }
        return ProblemResponses.problem(ProblemType.UNAUTHORIZED, MISSING_TOKEN);
    }

    /** A service's own message ("Street officers see only their own streets") is the detail; Spring's is not. */
    private static ProblemDetail forbidden(AccessDeniedException exception) {
        String message = exception.getMessage();
        boolean own = message != null && !message.isBlank() && !DEFAULT_DENIED_MESSAGE.equals(message);
        return ProblemResponses.problem(ProblemType.FORBIDDEN, own ? message : FORBIDDEN);
    }

    /**
     * {@code WWW-Authenticate} as RFC 6750 §3 has it: a bare {@code Bearer} when no token came, with the error code
     * and description when one did. (Spring's entry point would add RFC 9728 {@code resource_metadata} with this
     * service's own address, which behind the gateway is not one a client can reach.)
     */
    private static HttpHeaders challenge(AuthenticationException exception) {
        StringBuilder challenge = new StringBuilder("Bearer");
        if (exception instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            challenge.append(" error=\"").append(quotable(error.getErrorCode())).append('"');
            if (error.getDescription() != null) {
                challenge.append(", error_description=\"").append(quotable(error.getDescription())).append('"');
            }
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge.toString());
        return headers;
    }

    /** RFC 6750 allows %x20-21 / %x23-5B / %x5D-7E in the quoted values: no quote, no backslash, no control. */
    private static String quotable(String text) {
        StringBuilder quotable = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            quotable.append(c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' ? c : '?');
        }
        return quotable.toString();
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
        problems.complete(problem, request);
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
