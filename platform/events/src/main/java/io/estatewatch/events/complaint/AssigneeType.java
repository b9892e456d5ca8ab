package io.estatewatch.events.complaint;

import io.estatewatch.events.Labelled;

/** Who a complaint is dispatched to (派单). */
public enum AssigneeType implements Labelled {
    COMPANY("物业服务企业"),
    STREET("街道办事处");

    private final String labelZh;

    AssigneeType(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
