package io.estatewatch.complaint.deadline;

import io.estatewatch.complaint.DistrictSettings;
import io.estatewatch.complaint.deadline.domain.DeadlinePolicy;
import io.estatewatch.complaint.deadline.domain.HolidayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** The deadline policy: the configured time limits on the holiday calendar of the data files. */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadlineConfiguration.class);

    @Bean
    DeadlinePolicy deadlinePolicy(DeadlineSettings settings, DistrictSettings district, Clock clock) {
        HolidayCalendar calendar = HolidayCalendarFiles.load(settings.calendarDirectory());
        int year = LocalDate.now(clock.withZone(district.zone())).getYear();
        Set<Integer> missing = calendar.missingYears(year, year);
        if (!missing.isEmpty()) {
            log.warn("The holiday calendar has no file for {}: deadlines of complaints received in {} count Monday to "
                    + "Friday only. Add calendar/holidays-{}.yaml (see the complaint-service README).", year, year, year);
        }
        return new DeadlinePolicy(settings.defaults().toLimits(), settings.deadlineRules(), calendar, district.zone());
    }
}
