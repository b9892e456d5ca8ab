package io.estatewatch.servicekit.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The request is well-formed but cannot be applied to the resource as it is now, e.g. a callback for a complaint
 * that is already closed. Answered with 409.
 *
 * <p>The message becomes the problem's {@code detail}; {@link #properties()} become extra members of the problem
 * (for instance {@code currentState}) so that a client can decide what to do without parsing text.
 */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, ?> properties) {
        super(Objects.requireNonNull(detail, "detail"));
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(properties, "properties")));
    }

    /** Extra problem members, in the order given; never null. */
    public Map<String, Object> properties() {
        return properties;
    }
}
