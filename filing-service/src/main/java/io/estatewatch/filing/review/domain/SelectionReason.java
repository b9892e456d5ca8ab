package io.estatewatch.filing.review.domain;

import io.estatewatch.events.Labelled;

/** Why a company may be chosen by negotiation instead of a tender (协议选聘的理由). */
public enum SelectionReason implements Labelled {
    /** The tender failed: fewer than three bidders (投标人少于3个). */
    FEWER_THAN_THREE_BIDDERS("投标人少于3个"),
    /** The estate is too small to tender (住宅规模较小). */
    SMALL_ESTATE("住宅规模较小");

    private final String labelZh;

    SelectionReason(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
