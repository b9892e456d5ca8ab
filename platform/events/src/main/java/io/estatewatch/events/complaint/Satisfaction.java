package io.estatewatch.events.complaint;

import io.estatewatch.events.Labelled;

/** The citizen's rating at the callback (回访). */
public enum Satisfaction implements Labelled {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意");

    private final String labelZh;

    Satisfaction(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
