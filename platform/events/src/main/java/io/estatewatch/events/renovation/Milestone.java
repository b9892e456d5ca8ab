package io.estatewatch.events.renovation;

import io.estatewatch.events.Labelled;

/** Renovation milestones, in the order they must be reached. */
public enum Milestone implements Labelled {
    PLAN_ISSUED("实施方案出台"),
    PUBLIC_NOTICE("公示"),
    PRICE_CAP_AUDIT_SUBMITTED("上限价报审"),
    PRICE_CAP_APPROVED("上限价审定"),
    TENDERED("招标完成"),
    CONSTRUCTION_STARTED("开工"),
    COMPLETED("完工"),
    ACCEPTED("竣工验收");

    private final String labelZh;

    Milestone(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
