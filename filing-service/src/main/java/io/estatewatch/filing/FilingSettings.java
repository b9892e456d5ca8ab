package io.estatewatch.filing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What this service is configured with.
 *
 * @param district {@code estatewatch.district.id}: put into every event's {@code districtId}
 * @param zone     {@code estatewatch.zone}: the zone of review deadlines, periods and the times shown
 * @param filing   {@code estatewatch.filing.*}: review deadline, working-day calendar, attachments
 */
@ConfigurationProperties("estatewatch")
public record FilingSettings(@DefaultValue District district, @DefaultValue("Asia/Shanghai") ZoneId zone,
                             @DefaultValue Filing filing) {

    public record District(@DefaultValue("district-1") String id) {
    }

    /**
     * @param reviewWorkingDays    working days (工作日) a reviewer has for a filing, counted from the day after its
     *                             submission or resubmission
     * @param holidays             days off that fall on weekdays (法定节假日), as ranges
     * @param workdays             weekend days on which offices work (调休上班)
     * @param attachmentMaxSize    the largest attachment accepted
     * @param registerSweepInterval how often approved filings whose register change was interrupted are completed
     */
    public record Filing(@DefaultValue("20") int reviewWorkingDays,
                         @DefaultValue List<DayRange> holidays,
                         @DefaultValue List<LocalDate> workdays,
                         @DefaultValue("10MB") DataSize attachmentMaxSize,
                         @DefaultValue("10s") Duration registerSweepInterval) {
    }

    /** A run of days off, {@code from} to {@code to} inclusive. */
    public record DayRange(String name, LocalDate from, LocalDate to) {
    }

    public String districtId() {
        return district.id();
    }
}
