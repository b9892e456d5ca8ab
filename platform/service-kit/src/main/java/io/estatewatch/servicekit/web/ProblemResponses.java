package io.estatewatch.servicekit.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.estatewatch.servicekit.error.Causes;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.PayloadTooLargeException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.store.Outage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import java.util.stream.Collectors;

/**
 * Builds, completes and writes problem responses: the one place that knows which exception means which problem,
 * shared by {@link ApiExceptionHandler} (exceptions inside Spring MVC), {@link ProblemErrorController} (errors the
 * servlet container forwards) and the filters (which answer before MVC runs).
 */
public class ProblemResponses {

    /** Problem member: the request's correlation id. */
    public static final String CORRELATION_ID = CorrelationId.MDC_KEY;
    /** Problem member: the list of {@link FieldProblem}s of a validation failure. */
    public static final String ERRORS = "errors";

    static final String INTERNAL_DETAIL =
            "An unexpected error occurred. Quote the correlationId when you report it.";
    static final String UNAVAILABLE_DETAIL =
            "A service this request depends on is temporarily unavailable. Retry after the number of seconds in Retry-After.";

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

    private final JsonMapper json;
    private final Duration retryAfter;

    public ProblemResponses(JsonMapper json, Duration retryAfter) {
        this.json = json;
        this.retryAfter = retryAfter;
    }

    /** A problem of the given type. */
    public static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    /** A validation problem listing each invalid field, sorted by field so that the answer is stable. */
    public static ProblemDetail validation(String detail, List<FieldProblem> errors) {
        return withErrors(problem(ProblemType.VALIDATION, detail), errors);
    }

    static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty(ERRORS, errors.stream()
                .sorted(Comparator.comparing((FieldProblem error) -> String.valueOf(error.field()))
                        .thenComparing(FieldProblem::message))
                .toList());
        return problem;
    }

    /**
     * Fills in what every problem carries: a {@code type} and {@code title} for its status when it has none, the
     * {@code instance} (the request path), the {@code correlationId}; and replaces the detail of a 500 by a generic
     * one, so that no exception message reaches the client.
     */
    public ProblemDetail complete(ProblemDetail problem, HttpServletRequest request) {
        int status = problem.getStatus();
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            ProblemType.forStatus(status).ifPresentOrElse(type -> {
                problem.setType(type.uri());
                problem.setTitle(type.title());
            }, () -> {
                HttpStatus known = HttpStatus.resolve(status);
                if (problem.getTitle() == null && known != null) {
                    problem.setTitle(known.getReasonPhrase());
                }
            });
        }
        if (status == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            problem.setDetail(INTERNAL_DETAIL);
        }
        if (problem.getInstance() == null && request != null) {
            instance(request).ifPresent(problem::setInstance);
        }
        correlationId(request).ifPresent(id -> problem.setProperty(CORRELATION_ID, id));
        return problem;
    }

    /**
     * The problem for an exception that Spring MVC does not know: the service kit's own exceptions, Spring Data
     * conflicts, MongoDB or Kafka being unreachable (looked for along the cause chain), and otherwise a 500.
     */
    public ResponseEntity<ProblemDetail> forException(Throwable exception, HttpServletRequest request) {
        for (Throwable cause : Causes.of(exception)) {
            Optional<ResponseEntity<ProblemDetail>> known = known(cause, request);
            if (known.isPresent()) {
                return known.get();
            }
        }
        log.error("Unhandled exception for {}", describe(request), exception);
        return respond(problem(ProblemType.INTERNAL_ERROR, INTERNAL_DETAIL), new HttpHeaders(), request);
    }

    private Optional<ResponseEntity<ProblemDetail>> known(Throwable cause, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        ProblemDetail problem;
        if (cause instanceof ResourceNotFoundException notFound) {
            problem = problem(ProblemType.NOT_FOUND, notFound.getMessage());
        } else if (cause instanceof ConflictException conflict) {
            problem = problem(ProblemType.CONFLICT, conflict.getMessage());
            conflict.properties().forEach((name, value) -> {
                if (!STANDARD_MEMBERS.contains(name)) {
                    problem.setProperty(name, value);
                }
            });
        } else if (cause instanceof InvalidInputException invalid) {
            problem = validation(invalid.getMessage(), invalid.problems());
        } else if (cause instanceof PayloadTooLargeException tooLarge) {
            problem = payloadTooLarge(tooLarge);
        } else if (cause instanceof InvalidParameterException) {
            // Tomcat refuses to decode the query string or form body (e.g. "%zz"); it names the bytes, not a field.
            problem = problem(ProblemType.INVALID_PARAMETER,
                    "The query string or form body is not valid: check its percent-encoding.");
        } else if (cause instanceof MaxUploadSizeExceededException tooLarge) {
            problem = uploadTooLarge(tooLarge);
        } else if (cause instanceof MultipartException) {
            // Not multipart at all, a missing boundary, a body cut short: the client's request, not our fault.
            problem = problem(ProblemType.MALFORMED_BODY, "The request body is not a readable multipart/form-data body.");
        } else if (cause instanceof ConstraintViolationException violations) {
            problem = validation("The request is not valid: see errors for each field.",
                    violations.getConstraintViolations().stream().map(ProblemResponses::fieldProblem).toList());
        } else if (isDuplicateKey(cause)) {
            problem = problem(ProblemType.ALREADY_EXISTS, "A resource with the same identity already exists.");
        } else if (cause instanceof OptimisticLockingFailureException) {
            problem = problem(ProblemType.CONCURRENT_MODIFICATION,
                    "The resource was changed by another request. Read it again and retry.");
        } else if (Outage.is(cause)) {
            log.warn("Backing service unavailable for {}: {}", describe(request), cause.toString());
            problem = problem(ProblemType.SERVICE_UNAVAILABLE, UNAVAILABLE_DETAIL);
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        } else if (cause instanceof ErrorResponse errorResponse) {
            problem = errorResponse.getBody();
            headers.putAll(errorResponse.getHeaders());
        } else {
            return Optional.empty();
        }
        if (problem.getStatus() < 500) {
            log.debug("{} for {}: {}", problem.getStatus(), describe(request), cause.toString());
        }
        return Optional.of(respond(problem, headers, request));
    }

    /** An upload over {@code spring.servlet.multipart.*}'s limit, whichever handler meets it. */
    static ProblemDetail uploadTooLarge(MaxUploadSizeExceededException tooLarge) {
        return problem(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMaxUploadSize() > 0
                ? "The upload is larger than the limit of " + tooLarge.getMaxUploadSize() + " bytes."
                : "The upload is larger than the limit.");
    }

    static ProblemDetail payloadTooLarge(PayloadTooLargeException tooLarge) {
        ProblemDetail problem = problem(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
        problem.setProperty("limitBytes", tooLarge.limitBytes());
        return problem;
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
        complete(problem, request);
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isDuplicateKey(Throwable cause) {
        return cause instanceof DuplicateKeyException
                || cause instanceof com.mongodb.DuplicateKeyException
                || cause instanceof MongoWriteException write
                && ErrorCategory.fromErrorCode(write.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    private static FieldProblem fieldProblem(ConstraintViolation<?> violation) {
        // Skip the method (and the return value marker) so that "register.request.name" reads "request.name".
        String field = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR
                        && node.getKind() != ElementKind.CROSS_PARAMETER && node.getKind() != ElementKind.RETURN_VALUE)
                .map(ProblemResponses::nodeName)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining("."));
        return new FieldProblem(field, violation.getMessage());
    }

    private static String nodeName(Path.Node node) {
        String name = node.getName() == null ? "" : node.getName();
        return node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name;
    }

    /**
     * Writes a problem straight to the servlet response, for filters that answer before Spring MVC runs.
     * Members are written in RFC order, then the extension members.
     */
    public void write(HttpServletResponse response, ResponseEntity<ProblemDetail> entity) throws IOException {
        ProblemDetail problem = entity.getBody();
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        echoCorrelationId(problem, response);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(members::putIfAbsent);
        }
        byte[] body = json.writeValueAsBytes(members);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** Completes {@code problem} for {@code request} and writes it. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem, HttpHeaders headers)
            throws IOException {
        write(response, respond(problem, headers, request));
    }

    private static void echoCorrelationId(ProblemDetail problem, HttpServletResponse response) {
        // A filter may have reset the response, and with it the header the correlation id filter set.
        if (problem.getProperties() != null && problem.getProperties().get(CORRELATION_ID) instanceof String id
                && !response.containsHeader(CorrelationId.HEADER)) {
            response.setHeader(CorrelationId.HEADER, id);
        }
    }

    /** The path the client asked for, also on an error dispatch (where the request URI is the error path). */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }

    private static String describe(HttpServletRequest request) {
        return request == null ? "(no request)" : request.getMethod() + " " + path(request);
    }

    private static Optional<URI> instance(HttpServletRequest request) {
        String path = path(request);
        try {
            return Optional.ofNullable(path).map(URI::create);
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    private static Optional<String> correlationId(HttpServletRequest request) {
        if (request != null && request.getAttribute(CorrelationIdFilter.ATTRIBUTE) instanceof String id) {
            return Optional.of(id);
        }
        return CorrelationId.current();
    }
}
