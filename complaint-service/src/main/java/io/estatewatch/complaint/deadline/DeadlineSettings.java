package io.estatewatch.complaint.deadline;

import io.estatewatch.complaint.deadline.domain.DeadlineRule;
import io.estatewatch.complaint.deadline.domain.TimeLimits;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code estatewatch.complaint.deadlines.*}: the time limits and the deadline watch.
 *
 * @param defaults          limits where no rule applies
 * @param rules             limits per channel, per category, or per category on a channel (the most specific wins)
 * @param calendarDirectory a directory with further {@code holidays-<year>.yaml} files (they win over the shipped ones)
 * @param watch             whether this replica runs the deadline watch (a MongoDB lock lets one replica run it at a time)
 * @param scanInterval      how often the watch looks for missed deadlines
 * @param settle            how long a complaint must have been left alone before the watch judges it: back-entered
 *                          complaints get their steps entered right after their intake, and must not be judged
 *                          between the two
 * @param batchSize         the most complaints judged in one pass
 */
@ConfigurationProperties("estatewatch.complaint.deadlines")
public record DeadlineSettings(@DefaultValue Limits defaults,
                               @DefaultValue List<Rule> rules,
                               String calendarDirectory,
                               @DefaultValue("true") boolean watch,
                               @DefaultValue("60s") Duration scanInterval,
                               @DefaultValue("10m") Duration settle,
                               @DefaultValue("500") int batchSize) {

    public record Limits(@DefaultValue("1") int responseDays, @DefaultValue("5") int resolutionDays) {

        TimeLimits toLimits() {
            return new TimeLimits(responseDays, resolutionDays);
        }
    }

    /** @param channel null for every channel; @param category null for every category */
    public record Rule(Channel channel, ComplaintCategory category, int responseDays, int resolutionDays) {

        DeadlineRule toRule() {
            return new DeadlineRule(channel, category, new TimeLimits(responseDays, resolutionDays));
        }
    }

    List<DeadlineRule> deadlineRules() {
        return rules.stream().map(Rule::toRule).toList();
    }
}
