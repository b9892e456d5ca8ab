package io.estatewatch.filing.domain;

import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what is wrong with the fields of one request (or one imported row) so that the client hears of every
 * problem at once, not one per attempt. Field names are prefixed, e.g. {@code details.tenderMethod}.
 */
public final class Problems {

    /** How far a client's clock may run ahead of ours before its "now" counts as the future. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final String prefix;
    private final List<FieldProblem> problems = new ArrayList<>();

    private Problems(String prefix) {
        this.prefix = prefix;
    }

    public static Problems of() {
        return new Problems("");
    }

    /** Problems of the fields inside {@code path}, e.g. {@code details}. */
    public static Problems within(String path) {
        return new Problems(path + ".");
    }

    public Problems add(String field, String message) {
        problems.add(new FieldProblem(prefix + field, message));
        return this;
    }

    /** The text with surrounding blanks removed and inner runs of blanks made one space; null when blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A required text of at most {@code maxLength} characters, cleaned; null (and a problem) when missing. */
    public String text(String field, String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null) {
            add(field, "is required");
        } else if (cleaned.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters long");
        }
        return cleaned;
    }

    /** An optional text of at most {@code maxLength} characters, cleaned; null when blank. */
    public String optionalText(String field, String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters long");
        }
        return cleaned;
    }

    /** A list of texts, each cleaned, blanks and repetitions dropped; at least {@code min} of them remain. */
    public List<String> texts(String field, List<String> values, int min, int maxLength) {
        Set<String> cleaned = new LinkedHashSet<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String value = clean(values.get(i));
                if (value == null) {
                    continue;
                }
                if (value.length() > maxLength) {
                    add(field + "[" + i + "]", "must be at most " + maxLength + " characters long");
                }
                cleaned.add(value);
            }
        }
        if (cleaned.size() < min) {
            add(field, min == 1 ? "must name at least one entry" : "must name at least " + min + " different entries");
        }
        return List.copyOf(cleaned);
    }

    /** A required whole number within {@code min..max}. */
    public int number(String field, Integer value, int min, int max) {
        if (value == null) {
            add(field, "is required");
            return 0;
        }
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** A required positive amount no larger than {@code max}. */
    public double positive(String field, Double value, double max) {
        if (value == null) {
            add(field, "is required");
            return 0;
        }
        if (!(value > 0) || value > max) {
            add(field, "must be greater than 0 and at most " + BigDecimal.valueOf(max).toPlainString());
        }
        return value;
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            add(field, "is required");
        }
        return value;
    }

    /** A moment that has happened: not later than now (allowing for clock skew). */
    public Instant past(String field, Instant at, Instant now) {
        if (at == null) {
            add(field, "is required");
        } else if (at.isAfter(now.plus(CLOCK_SKEW))) {
            add(field, "must not be in the future (it records what has happened)");
        }
        return at;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    /** Throws an {@link InvalidInputException} listing every problem, if there is any. */
    public void throwIfAny(String subject) {
        if (!problems.isEmpty()) {
            String fields = String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList());
            throw new InvalidInputException(subject + " has invalid fields: " + fields + ".", problems);
        }
    }
}
