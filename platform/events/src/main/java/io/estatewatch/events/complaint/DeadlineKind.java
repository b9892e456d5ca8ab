package io.estatewatch.events.complaint;

import io.estatewatch.events.Labelled;

/** The two deadlines every complaint carries. */
public enum DeadlineKind implements Labelled {
    RESPONSE("响应时限"),
    RESOLUTION("办结时限");

    private final String labelZh;

    DeadlineKind(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
