package io.estatewatch.events.renovation;

import io.estatewatch.events.Labelled;

/** The national renovation types (改造类型). */
public enum RenovationType implements Labelled {
    BASIC("基础类"),
    IMPROVEMENT("完善类"),
    ENHANCEMENT("提升类");

    private final String labelZh;

    RenovationType(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
