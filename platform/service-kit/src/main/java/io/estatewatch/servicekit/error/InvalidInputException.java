package io.estatewatch.servicekit.error;

import java.util.List;
import java.util.Objects;

/**
 * The request breaks a rule that bean validation cannot express (a date range that ends before it starts, a
 * checklist item that does not exist). Answered with 400 and one {@code errors[]} element per {@link FieldProblem}.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String detail, List<FieldProblem> problems) {
        super(Objects.requireNonNull(detail, "detail"));
        this.problems = List.copyOf(problems);
    }

    /** One invalid field; the detail says which. */
    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException("Field '" + field + "' " + message + ".", List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
