package io.estatewatch.filing.review.domain;

import io.estatewatch.events.Labelled;

/** How the developer tenders for the preliminary property service (招标方式). */
public enum TenderMethod implements Labelled {
    PUBLIC("公开招标"),
    INVITED("邀请招标");

    private final String labelZh;

    TenderMethod(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
