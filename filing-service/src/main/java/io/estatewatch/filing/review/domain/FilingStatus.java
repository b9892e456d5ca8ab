package io.estatewatch.filing.review.domain;

import io.estatewatch.events.Labelled;

/** Where a filing stands in its review. */
public enum FilingStatus implements Labelled {
    /** Waiting for a reviewer (submitted or resubmitted). */
    SUBMITTED("待审核"),
    /** Returned for missing material (补正); the applicant resubmits. */
    RETURNED("退回补正"),
    /** Approved: the filing is completed and its register change applied. */
    APPROVED("已核准"),
    /** Rejected: final. */
    REJECTED("不予核准");

    private final String labelZh;

    FilingStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    /** Whether the filing is still in review (a reviewer or the applicant has something to do). */
    public boolean inReview() {
        return this == SUBMITTED || this == RETURNED;
    }
}
