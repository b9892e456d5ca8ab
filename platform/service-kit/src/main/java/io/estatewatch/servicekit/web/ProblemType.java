package io.estatewatch.servicekit.web;

import java.net.URI;
import java.util.Optional;

/**
 * Every problem {@code type} a service answers with. The URI is stable API: clients branch on it, not on the
 * {@code title} or {@code detail} text. A status that has no entry here is answered with {@code about:blank} and
 * the status' reason phrase as title (RFC 9457 §4.2.1).
 */
public enum ProblemType {

    /** Fields of the request break their rules; {@code errors[]} lists each. */
    VALIDATION(400, "validation", "Validation failed"),
    /** The body is missing, is not JSON, is truncated, or a field has the wrong JSON type or an unknown enum value. */
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    /** A query, path or header parameter is missing or cannot be converted. */
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid request parameter"),
    /** Any other 400. */
    BAD_REQUEST(400, "bad-request", "Bad request"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    /** The request cannot be applied to the resource in its current state; may carry e.g. {@code currentState}. */
    CONFLICT(409, "conflict", "Conflict"),
    /** A resource with the same identity or unique key already exists. */
    ALREADY_EXISTS(409, "already-exists", "Resource already exists"),
    /** Another request changed the resource first (optimistic locking); read it again and retry. */
    CONCURRENT_MODIFICATION(409, "concurrent-modification", "Concurrent modification"),
    /** The {@code Idempotency-Key} was used before with a different request. */
    IDEMPOTENCY_KEY_REUSED(409, "idempotency-key-reused", "Idempotency key reused"),
    /** The first request with this {@code Idempotency-Key} is still being processed. */
    IDEMPOTENCY_KEY_IN_PROGRESS(409, "idempotency-key-in-progress", "Request already in progress"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    /** Anything unexpected; the detail is generic and the correlation id finds the log entry. */
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    /**
     * Something the answer depends on cannot be reached right now (the store, the broker, the identity provider's
     * keys); comes with {@code Retry-After}.
     */
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    /** Every type URI starts with this. */
    public static final String BASE_URI = "https://estatewatch.io/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    /** The type used when only the status is known (e.g. a {@code ResponseStatusException} or a container error). */
    public static Optional<ProblemType> forStatus(int status) {
        return Optional.ofNullable(switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL_ERROR;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> null;
        });
    }
}
