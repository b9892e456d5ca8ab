package io.estatewatch.complaint.deadline.domain;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;

import java.util.Objects;

/**
 * The time limits for the complaints of a channel, of a category, or of a category on a channel (null = any).
 */
public record DeadlineRule(Channel channel, ComplaintCategory category, TimeLimits limits) {

    public DeadlineRule {
        Objects.requireNonNull(limits, "limits");
    }

    boolean appliesTo(Channel channel, ComplaintCategory category) {
        return (this.channel == null || this.channel == channel) && (this.category == null || this.category == category);
    }

    /** Channel and category beats category, which beats channel, which beats neither. */
    int specificity() {
        return (category != null ? 2 : 0) + (channel != null ? 1 : 0);
    }
}
