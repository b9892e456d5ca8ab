package io.estatewatch.filing.review.domain;

import io.estatewatch.events.Labelled;

/** What a reviewer decides on a submitted filing. */
public enum Decision implements Labelled {
    APPROVED("核准"),
    REJECTED("不予核准"),
    RETURNED("退回补正");

    private final String labelZh;

    Decision(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
