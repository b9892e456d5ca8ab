package io.estatewatch.events.assessment;

import io.estatewatch.events.Labelled;

/** Who received copies of the regulation (宣贯对象). */
public enum RecipientType implements Labelled {
    STREET("乡镇街道"),
    COMPANY("物业服务企业"),
    OWNER("小区业主");

    private final String labelZh;

    RecipientType(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
