package io.estatewatch.complaint.intake.domain;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A complaint as pushed by a hotline system or entered by staff, validated: the codes are known, the description has
 * at most {@value #MAX_DESCRIPTION} characters, the phone number is a mainland mobile or landline number, receivedAt
 * is not in the future, and the estate is named by id or by address.
 *
 * @param receivedAt when the hotline took the call (back-dated pushes are welcome)
 * @param name       the complainant's name in the clear; the intake service encrypts it before it is stored
 * @param phone      the complainant's phone number, or null
 */
public record Submission(Channel channel, String externalId, Instant receivedAt, String estateId, String address,
                         ComplaintCategory category, String description, String name, PhoneNumber phone) {

    public static final int MAX_DESCRIPTION = 4_000;
    public static final int MAX_EXTERNAL_ID = 64;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_NAME = 50;
    /** No hotline ticket is older than this. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\x21-\\x7E]+");

    /** The fields as they came in, before validation. */
    public record Raw(String channel, String externalId, OffsetDateTime receivedAt, String estateId, String address,
                      String category, String description, String name, String phone) {
    }

    /**
     * Validates every field and reports every problem at once.
     *
     * @param externalIdRequired whether the caller must name its ticket (hotline systems: the natural key)
     * @param now                the server's clock; receivedAt defaults to it
     * @throws InvalidInputException listing each invalid field
     */
    public static Submission validate(Raw raw, boolean externalIdRequired, Instant now, java.time.Duration clockSkew) {
        List<FieldProblem> problems = new ArrayList<>();
        Channel channel = code(Channel.class, "channel", raw.channel(), problems);
        ComplaintCategory category = code(ComplaintCategory.class, "category", raw.category(), problems);

        String externalId = blankToNull(raw.externalId());
        if (externalId == null && externalIdRequired) {
            problems.add(new FieldProblem("externalId", "is required: the hotline system's ticket number"));
        } else if (externalId != null && (externalId.length() > MAX_EXTERNAL_ID || !EXTERNAL_ID.matcher(externalId).matches())) {
            problems.add(new FieldProblem("externalId", "must be 1 to " + MAX_EXTERNAL_ID
                    + " visible ASCII characters without spaces"));
        }

        Instant receivedAt = raw.receivedAt() == null ? now : raw.receivedAt().toInstant();
        if (receivedAt.isAfter(now.plus(clockSkew))) {
            problems.add(new FieldProblem("receivedAt", "must not be in the future"));
        } else if (receivedAt.isBefore(EARLIEST)) {
            problems.add(new FieldProblem("receivedAt", "must not be before " + EARLIEST));
        }

        String estateId = blankToNull(raw.estateId());
        String address = blankToNull(raw.address());
        if (estateId == null && address == null) {
            problems.add(new FieldProblem("estateId", "or address is required: name the estate by its id or by its address"));
        }
        if (estateId != null && estateId.length() > MAX_EXTERNAL_ID) {
            problems.add(new FieldProblem("estateId", "must have at most " + MAX_EXTERNAL_ID + " characters"));
        }
        if (address != null && length(address) > MAX_ADDRESS) {
            problems.add(new FieldProblem("address", "must have at most " + MAX_ADDRESS + " characters"));
        }

        String description = blankToNull(raw.description());
        if (description == null) {
            problems.add(new FieldProblem("description", "is required"));
        } else if (length(description) > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "must have at most " + MAX_DESCRIPTION + " characters, has "
                    + length(description)));
        }

        String name = blankToNull(raw.name());
        if (name != null && length(name) > MAX_NAME) {
            problems.add(new FieldProblem("complainant.name", "must have at most " + MAX_NAME + " characters"));
        }
        PhoneNumber phone = null;
        String rawPhone = blankToNull(raw.phone());
        if (rawPhone != null) {
            phone = rawPhone.length() > 32 ? null : PhoneNumber.parse(rawPhone).orElse(null);
            if (phone == null) {
                problems.add(new FieldProblem("complainant.phone",
                        "must be a mainland mobile number (e.g. 13800001234) or landline (e.g. 0571-87654321)"));
            }
        }

        if (!problems.isEmpty()) {
            String fields = problems.stream().map(FieldProblem::field).distinct().sorted().collect(Collectors.joining(", "));
            throw new InvalidInputException("The complaint is not valid: " + fields + (problems.size() == 1 ? " is" : " are")
                    + " invalid; see errors for each.", problems);
        }
        return new Submission(channel, externalId, receivedAt, estateId, address, category, description, name, phone);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String field, String value, List<FieldProblem> problems) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required; allowed values: " + allowed));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        problems.add(new FieldProblem(field, "has an unknown value '" + shown + "'; allowed values: " + allowed));
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
