package io.estatewatch.complaint.deadline;

import io.estatewatch.complaint.deadline.domain.HolidayCalendar;
import io.estatewatch.complaint.deadline.domain.HolidayYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the holiday calendar from its dated data files, {@code holidays-<year>.yaml}: those shipped in the jar
 * ({@code classpath:calendar/}) and those in an operator's directory ({@code estatewatch.complaint.calendar.directory},
 * e.g. a mounted ConfigMap), which win for the same year. A malformed file stops the service from starting.
 */
public final class HolidayCalendarFiles {

    static final String SHIPPED = "classpath*:calendar/holidays-*.yaml";
    private static final Pattern FILE_NAME = Pattern.compile("holidays-(\\d{4})\\.ya?ml");
    private static final Logger log = LoggerFactory.getLogger(HolidayCalendarFiles.class);

    private HolidayCalendarFiles() {
    }

    /** The shipped years, overridden and extended by the files in {@code directory} (may be null or blank). */
    public static HolidayCalendar load(String directory) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<Integer, HolidayYear> years = new TreeMap<>();
        read(resolver, SHIPPED, years);
        if (directory != null && !directory.isBlank()) {
            String base = directory.endsWith("/") ? directory : directory + "/";
            read(resolver, (base.contains(":") ? base : "file:" + base) + "holidays-*.y*ml", years);
        }
        log.info("Holiday calendar: {}", years.values().stream()
                .map(year -> year.year() + " (" + year.source() + ")").toList());
        return new HolidayCalendar(years.values());
    }

    private static void read(PathMatchingResourcePatternResolver resolver, String pattern, Map<Integer, HolidayYear> years) {
        Resource[] resources;
        try {
            resources = resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the holiday calendar files " + pattern, e);
        }
        for (Resource resource : resources) {
            String name = resource.getFilename();
            Matcher matcher = name == null ? null : FILE_NAME.matcher(name);
            if (matcher == null || !matcher.matches()) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                HolidayYear year = parse(in, resource.getDescription());
                if (year.year() != Integer.parseInt(matcher.group(1))) {
                    throw new IllegalStateException(resource.getDescription() + " holds year " + year.year());
                }
                years.put(year.year(), year);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
            }
        }
    }

    /** One year's file: {@code year}, {@code source}, {@code holidays} (periods {from, to} or days), {@code workdays}. */
    static HolidayYear parse(InputStream in, String description) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(loaded instanceof Map<?, ?> file)) {
            throw new IllegalStateException(description + " is not a YAML mapping");
        }
        try {
            int year = ((Number) require(file, "year", description)).intValue();
            Object source = file.get("source");
            Set<LocalDate> holidays = new HashSet<>();
            for (Object entry : list(file.get("holidays"))) {
                if (entry instanceof Map<?, ?> period) {
                    LocalDate from = day(require(period, "from", description));
                    LocalDate to = day(require(period, "to", description));
                    if (to.isBefore(from)) {
                        throw new IllegalStateException(description + ": holiday period " + period + " ends before it starts");
                    }
                    from.datesUntil(to.plusDays(1)).forEach(holidays::add);
                } else {
                    holidays.add(day(entry));
                }
            }
            Set<LocalDate> workdays = new HashSet<>();
            for (Object entry : list(file.get("workdays"))) {
                workdays.add(day(entry));
            }
            return new HolidayYear(year, source == null ? description : source.toString(), holidays, workdays);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Holiday calendar file " + description + " is malformed: " + e.getMessage(), e);
        }
    }

    private static Object require(Map<?, ?> map, String key, String description) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException(description + " has no '" + key + "'");
        }
        return value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    /** YAML reads an unquoted 2022-01-31 as a timestamp at midnight UTC; a quoted one is a string. */
    private static LocalDate day(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
