package io.estatewatch.events.complaint;

import io.estatewatch.events.Labelled;

/** First-level complaint categories. */
public enum ComplaintCategory implements Labelled {
    PARKING("车辆乱停乱放"),
    CORRIDOR_CLUTTER("楼道乱堆乱放"),
    FEES("物业收费"),
    REPAIRS("维修维护"),
    SANITATION("环境卫生"),
    SECURITY("安保秩序"),
    GREENERY("绿化"),
    ELEVATOR("电梯"),
    FIRE_SAFETY("消防安全"),
    EV_CHARGING("电动车充电"),
    ILLEGAL_CONSTRUCTION("违章搭建"),
    NOISE("噪音扰民"),
    SERVICE_ATTITUDE("服务态度"),
    OTHER("其他");

    private final String labelZh;

    ComplaintCategory(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
