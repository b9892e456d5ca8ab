package io.estatewatch.reporting.time.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How a report cuts its period: the label of the bucket a moment falls in, in the district's zone. */
public enum Granularity {
    DAY, MONTH, QUARTER, HALF, YEAR, PERIOD;

    /** The bucket of {@code at}: {@code 2022-03-01}, {@code 2022-03}, {@code 2022-Q1}, {@code 2022-H1}, {@code 2022}. */
    public String bucket(Instant at, Window window) {
        LocalDate date = at.atZone(window.zone()).toLocalDate();
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case HALF -> date.getYear() + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> Integer.toString(date.getYear());
            case PERIOD -> window.from() + ".." + window.to();
        };
    }

    /** The code as the API takes it: {@code day}, {@code month}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

}
