package io.estatewatch.events.assessment;

import io.estatewatch.events.Labelled;

/** The escalation ladder of a disorder case (十乱治理). */
public enum DisorderStep implements Labelled {
    COMPANY_PERSUASION("物业劝阻"),
    OWNER_NOTICE("告知业主"),
    COMMUNITY_REPORT("报告社区街道"),
    JOINT_CLEARING("集中清理行动"),
    FIRE_RESCUE_REPORT("报告消防救援机构"),
    TOWING_REQUEST("申请交管拖车");

    private final String labelZh;

    DisorderStep(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
