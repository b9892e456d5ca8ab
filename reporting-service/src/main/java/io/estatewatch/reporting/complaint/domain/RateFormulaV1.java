package io.estatewatch.reporting.complaint.domain;

import io.estatewatch.events.complaint.Satisfaction;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * 三率 v1. Over the complaints received (by the moment) and not merged into another one:
 * <ul>
 * <li>response rate 响应率 = those the assignee had answered ÷ those considered;</li>
 * <li>resolution rate 解决率 = those handled (resolved or closed) and not reopened since ÷ those considered;</li>
 * <li>satisfaction rate 满意率 = those whose latest callback was SATISFIED or BASICALLY_SATISFIED ÷ those with a
 * callback.</li>
 * </ul>
 * Each rate is rounded half-up to four decimals; a zero denominator gives no rate (null).
 */
final class RateFormulaV1 implements RateFormula {

    @Override
    public String version() {
        return "v1";
    }

    @Override
    public Rates rates(Collection<ComplaintRow> complaints, Instant moment) {
        long considered = 0;
        long responded = 0;
        long resolved = 0;
        long rated = 0;
        long satisfied = 0;
        for (ComplaintRow complaint : complaints) {
            if (!complaint.receivedBy(moment) || complaint.mergedBy(moment)) {
                continue;
            }
            considered++;
            if (complaint.respondedBy(moment)) {
                responded++;
            }
            if (complaint.resolvedAt(moment)) {
                resolved++;
            }
            Optional<Satisfaction> rating = complaint.satisfactionAt(moment);
            if (rating.isPresent()) {
                rated++;
                if (rating.get() != Satisfaction.DISSATISFIED) {
                    satisfied++;
                }
            }
        }
        return new Rates(version(), Rates.ratio(responded, considered), Rates.ratio(resolved, considered),
                Rates.ratio(satisfied, rated), considered, responded, resolved, rated, satisfied);
    }
}
