package io.estatewatch.events.complaint;

import io.estatewatch.events.Labelled;

/** Where a complaint came in (投诉来源). */
public enum Channel implements Labelled {
    VISIT_CALL("来访来电"),
    CITIZEN_FORUM("百姓畅言"),
    CONDUCT_HOTLINE("政风行风热线"),
    MAYOR_HOTLINE("市长热线"),
    PEOPLE_DAILY_BOARD("人民网留言"),
    BUREAU_REFERRAL("市住建局交办函");

    private final String labelZh;

    Channel(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
