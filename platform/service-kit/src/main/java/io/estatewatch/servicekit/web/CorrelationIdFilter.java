package io.estatewatch.servicekit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Reads {@code X-Correlation-Id} (or generates a UUID when it is absent or not acceptable), makes it current in the
 * MDC for the request, and echoes it in the response header. Runs first, and again on error dispatches so that the
 * problem written for an error carries the same id.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    /** Request attribute holding the id, so error and async dispatches of the same request keep it. */
    public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".ID";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = resolve(request);
        request.setAttribute(ATTRIBUTE, id);
        if (!response.containsHeader(CorrelationId.HEADER)) {
            response.setHeader(CorrelationId.HEADER, id);
        }
        try (CorrelationId.Scope ignored = CorrelationId.open(id)) {
            chain.doFilter(request, response);
        }
    }

    private static String resolve(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        String header = request.getHeader(CorrelationId.HEADER);
        return CorrelationId.isAcceptable(header) ? header : CorrelationId.generate();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
