package io.estatewatch.reporting.complaint.domain;

import java.util.Locale;

/** A property complaints can be grouped by. */
public enum Dimension {
    CHANNEL, CATEGORY, STREET, ESTATE, COMPANY;

    /** The complaint's value of this dimension; {@code UNKNOWN} when the register does not know it yet. */
    public String of(JoinedComplaint complaint) {
        String value = switch (this) {
            case CHANNEL -> complaint.row().channel() == null ? null : complaint.row().channel().name();
            case CATEGORY -> complaint.row().category() == null ? null : complaint.row().category().name();
            case STREET -> complaint.street();
            case ESTATE -> complaint.row().estateId();
            case COMPANY -> complaint.companyId();
        };
        return value == null ? UNKNOWN : value;
    }

    public static final String UNKNOWN = "UNKNOWN";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
