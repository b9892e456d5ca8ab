package io.estatewatch.complaint.deadline.domain;

/** How many working days the assignee has to respond (响应) and to resolve (办结). */
public record TimeLimits(int responseDays, int resolutionDays) {

    public TimeLimits {
        if (responseDays < 1) {
            throw new IllegalArgumentException("responseDays must be at least 1, was " + responseDays);
        }
        if (resolutionDays < responseDays) {
            throw new IllegalArgumentException("resolutionDays (" + resolutionDays + ") must not be shorter than "
                    + "responseDays (" + responseDays + ")");
        }
    }
}
