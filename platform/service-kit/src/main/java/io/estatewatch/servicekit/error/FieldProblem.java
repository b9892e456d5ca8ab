package io.estatewatch.servicekit.error;

import java.util.Objects;

/**
 * One invalid field of a request: {@code field} is the path in the request body or the parameter name
 * ({@code contact.phone}, {@code items[0].code}, {@code page}), {@code message} says what is wrong with it.
 * Rendered as an element of the problem's {@code errors[]}.
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        Objects.requireNonNull(message, "message");
    }
}
