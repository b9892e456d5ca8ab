package io.estatewatch.servicekit.web;

import io.estatewatch.servicekit.error.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for POST, PUT and PATCH: the first response to a key is stored (status, content type,
 * {@code Location}, body, and the SHA-256 of method + path + body); a retry with the same key and the same request
 * gets that response again with {@code Idempotent-Replay: true} and the handler does not run. The same key with a
 * different request is a 409 {@code idempotency-key-reused}; a retry while the first is still running is a 409
 * {@code idempotency-key-in-progress} with {@code Retry-After}. Responses that say nothing about the operation —
 * 5xx, 401, 403, 408, 429 and a 409 for a concurrent modification — are not stored, so the client may retry them. Requests without the header pass through.
 *
 * <p>The entry's {@code _id} is key + method + path, plus the authenticated caller's name when there is one, so
 * that callers cannot see each other's responses. Runs after authentication (order {@link #ORDER}) so that a
 * request rejected for its credentials does not use up the key, and the caller is known. Applies to synchronous
 * handlers; a request that goes asynchronous is not recorded.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAY_HEADER = "Idempotent-Replay";
    /** After Spring Security's filter chain (-100), before request-wrapping filters end (0). */
    public static final int ORDER = -50;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
    private static final Set<Integer> NOT_STORED = Set.of(401, 403, 408, 429);
    private static final Pattern ACCEPTED_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final ProblemResponses problems;

    /** A 409 for a concurrent modification says "try again", so the retry must not get it back from the store. */
    private static boolean lostARace(int status, org.springframework.web.util.ContentCachingResponseWrapper recorded) {
        return status == 409 && new String(recorded.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(ProblemType.CONCURRENT_MODIFICATION.uri().toString());
    }

    IdempotencyFilter(IdempotencyStore store, ProblemResponses problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !METHODS.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!ACCEPTED_KEY.matcher(key).matches()) {
            String message = "must be 1 to 255 visible ASCII characters without spaces";
            ProblemDetail problem = ProblemResponses.withErrors(ProblemResponses.problem(ProblemType.INVALID_PARAMETER,
                    "Header '" + HEADER + "' " + message + "."), List.of(new FieldProblem(HEADER, message)));
            problems.write(request, response, problem, new HttpHeaders());
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String method = request.getMethod();
        String path = request.getRequestURI();
        String fingerprint = fingerprint(method, path, request.getQueryString(), body);
        // Keys are the client's; scoped to the authenticated caller (when there is one), no caller can replay
        // another's response by guessing or reusing its key.
        Principal caller = request.getUserPrincipal();
        String id = key + " " + method + " " + path + (caller == null || caller.getName() == null ? "" : " " + caller.getName());

        IdempotencyStore.Claim claim;
        try {
            claim = store.begin(id, key, method, path, fingerprint);
        } catch (RuntimeException storeFailure) {
            problems.write(response, problems.forException(storeFailure, request));
            return;
        }
        if (claim instanceof IdempotencyStore.Acquired acquired) {
            proceed(acquired, body, request, response, chain);
        } else if (claim instanceof IdempotencyStore.Replay replay) {
            replay(replay.response(), response);
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            problems.write(request, response, ProblemResponses.problem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key '" + key + "' was already used for a different " + method + " " + path
                            + " request. Use a new key for a new request."), new HttpHeaders());
        } else {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, ProblemResponses.problem(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS,
                    "The first request with Idempotency-Key '" + key + "' is still in progress. Retry it later."), headers);
        }
    }

    private void proceed(IdempotencyStore.Acquired claim, byte[] body, HttpServletRequest request,
                         HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            int status = recorded.getStatus();
            if (request.isAsyncStarted()) {
                log.debug("Request with {} went asynchronous; its response is not recorded", HEADER);
            } else if (status < 500 && !NOT_STORED.contains(status) && !lostARace(status, recorded)) {
                stored = complete(claim, new IdempotencyStore.StoredResponse(status, recorded.getContentType(),
                        recorded.getContentAsByteArray(), recorded.getHeader(HttpHeaders.LOCATION)));
            }
        } finally {
            if (!stored) {
                release(claim);
            }
        }
        recorded.copyBodyToResponse();
    }

    private boolean complete(IdempotencyStore.Acquired claim, IdempotencyStore.StoredResponse response) {
        try {
            if (!store.complete(claim, response)) {
                log.warn("Idempotency key {} was taken over before its first request completed", claim.id());
            }
            return true;
        } catch (RuntimeException failure) {
            // The operation happened; the client gets its answer. A retry after the in-progress timeout runs it again.
            log.warn("Could not store the response for idempotency key {}: {}", claim.id(), failure.toString());
            return true;
        }
    }

    private void release(IdempotencyStore.Acquired claim) {
        try {
            store.release(claim);
        } catch (RuntimeException failure) {
            log.warn("Could not release idempotency key {}: {}", claim.id(), failure.toString());
        }
    }

    private static void replay(IdempotencyStore.StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAY_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
        response.flushBuffer();
    }

    static String fingerprint(String method, String path, String query, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + "\n" + path + (query == null ? "" : "?" + query) + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JRE", impossible);
        }
    }

    /** The request with its body already read: handlers read the same bytes again. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
