package io.estatewatch.servicekit.web;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties together the log lines, problem responses and events caused by one request.
 *
 * <p>{@link CorrelationIdFilter} takes it from the {@value #HEADER} request header (or makes a new UUID), keeps it
 * in the SLF4J MDC under {@value #MDC_KEY} while the request runs and echoes it in the response. Code that
 * publishes events reads it with {@link #current()}; code that works outside a request (a Kafka consumer) can
 * carry one on with {@link #open(String)}.
 */
public final class CorrelationId {

    /** The HTTP header, on requests and responses. */
    public static final String HEADER = "X-Correlation-Id";
    /** The MDC key (and the problem member name). */
    public static final String MDC_KEY = "correlationId";

    // Letters, digits and a few separators, at most 128: anything else is replaced, so a header cannot forge log lines.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private CorrelationId() {
    }

    /** The correlation id of the work this thread is doing, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY)).filter(id -> !id.isBlank());
    }

    /**
     * Makes {@code id} current on this thread until the returned scope is closed, then restores what was there.
     * Use with try-with-resources.
     */
    public static Scope open(String id) {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** A new random id. */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /** Whether a value from outside may be used as a correlation id as it is. */
    public static boolean isAcceptable(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches();
    }

    /** What {@link #open(String)} returns; closing it never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
