package io.estatewatch.renovation.programme.domain;

import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A renovation programme: one year's plan of the district, published as a document such as
 * 《市区2020年老旧小区改造实施方案》. Projects are planned in a programme and carry its title in their events.
 *
 * @param code  the short code clients name the programme by, e.g. {@code 2020}
 * @param title the title of the published plan document
 */
public record Programme(String districtId, String code, String title, Instant registeredAt) {

    public static final int MAX_TITLE_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public Programme {
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code",
                    "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "must not be blank"));
        } else if (title.strip().length() > MAX_TITLE_LENGTH) {
            problems.add(new FieldProblem("title", "must be at most " + MAX_TITLE_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The programme is not valid: see errors for each field.", problems);
        }
        title = title.strip();
    }

    /** Whether registering {@code other} again is a harmless repetition of this programme. */
    public boolean sameAs(Programme other) {
        return code.equals(other.code) && title.equals(other.title);
    }
}
