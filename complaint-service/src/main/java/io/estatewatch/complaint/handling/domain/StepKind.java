package io.estatewatch.complaint.handling.domain;

import io.estatewatch.events.Labelled;

/** What happened to a complaint at one step of its history. */
public enum StepKind implements Labelled {
    RECEIVED("受理"),
    ASSIGNED("派单"),
    RESPONDED("响应"),
    RESOLVED("办理"),
    CALLBACK("回访"),
    CLOSED("办结"),
    REOPENED("重启"),
    URGED("催办"),
    MERGED("合并"),
    DEADLINE_MISSED("超时");

    private final String labelZh;

    StepKind(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
