package io.estatewatch.complaint.handling.domain;

import io.estatewatch.events.Labelled;

import java.util.EnumSet;
import java.util.Set;

/** Where a complaint stands in 受理 → 派单 → 响应 → 办理 → 回访 → 办结. */
public enum ComplaintStatus implements Labelled {
    RECEIVED("已受理"),
    ASSIGNED("已派单"),
    RESPONDED("已响应"),
    RESOLVED("已办理"),
    CLOSED("已办结"),
    REOPENED("已重启"),
    MERGED("已合并");

    /** The statuses in which a complaint still waits for something to be done. */
    public static final Set<ComplaintStatus> OPEN = EnumSet.of(RECEIVED, ASSIGNED, RESPONDED, RESOLVED, REOPENED);

    private final String labelZh;

    ComplaintStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
