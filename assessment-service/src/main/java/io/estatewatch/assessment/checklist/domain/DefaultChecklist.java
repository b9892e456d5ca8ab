package io.estatewatch.assessment.checklist.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The civilised-city estate checklist (创建文明城市 住宅小区测评), version 1: five sections, sixteen items, 100 points.
 * Seeded when the service starts so that rounds can be opened, and estates scored by item code, at once.
 */
public final class DefaultChecklist {

    public static final String CODE = "civilised-city";

    private DefaultChecklist() {
    }

    public static Checklist civilisedCity(Instant createdAt) {
        return Checklist.define(CODE, 1, "文明城市创建 住宅小区考评细则", List.of(
                section("SANITATION", "环境卫生",
                        item("SAN-01", "公共区域清扫保洁到位", 10,
                                rule("LITTER", "地面有垃圾、杂物", "1"),
                                rule("STAINS", "地面、墙面有明显污渍", "0.5")),
                        item("SAN-02", "垃圾分类及收集容器规范", 8,
                                rule("OVERFLOW", "垃圾桶满溢、周边散落", "2"),
                                rule("UNSORTED", "未按要求分类投放", "1")),
                        item("SAN-03", "楼道及公共部位整洁", 7,
                                rule("DIRTY_CORRIDOR", "楼道积尘、蛛网", "1")),
                        item("SAN-04", "病媒生物防制", 5,
                                rule("PESTS", "发现鼠迹、蚊蝇孳生地", "2"))),
                section("FIRE_SAFETY", "消防安全与消防车通道",
                        item("FIRE-01", "消防车通道畅通无占用", 8,
                                rule("BLOCKED", "消防车通道被占用、堵塞", "4")),
                        item("FIRE-02", "消防车通道标线、标志、标识齐全规范", 6,
                                rule("MISSING_MARKING", "缺少标线、标志或标识", "2"),
                                rule("SUBSTANDARD_MARKING", "标线、标志、标识不符合标准", "1")),
                        item("FIRE-03", "消防设施器材完好有效", 6,
                                rule("BROKEN_EQUIPMENT", "灭火器、消火栓等损坏或过期", "2"))),
                section("ORDER", "秩序管理与十乱治理",
                        item("ORD-01", "车辆停放有序，无乱停乱放", 8,
                                rule("DISORDERLY_PARKING", "车辆乱停乱放", "1")),
                        item("ORD-02", "楼道无乱堆乱放", 7,
                                rule("CORRIDOR_CLUTTER", "楼道堆放杂物", "1")),
                        item("ORD-03", "无乱搭乱建、乱贴乱画", 5,
                                rule("ILLEGAL_STRUCTURE", "违章搭建", "2"),
                                rule("POSTERS", "小广告、乱涂乱画", "0.5")),
                        item("ORD-04", "电动车规范停放充电，无飞线充电", 5,
                                rule("FLYING_WIRE", "飞线充电、电动车进楼入户", "2"))),
                section("FACILITIES", "设施设备与绿化",
                        item("FAC-01", "绿化养护良好，无毁绿占绿", 5,
                                rule("DAMAGED_GREEN", "绿地毁损、裸土、占绿种菜", "1")),
                        item("FAC-02", "道路及公共设施完好", 5,
                                rule("DAMAGED_FACILITY", "道路破损、设施损坏未修复", "1")),
                        item("FAC-03", "照明及安防设施正常", 5,
                                rule("LIGHTING", "照明或监控、门禁不正常", "1"))),
                section("NOTICES", "公益宣传与信息公示",
                        item("PUB-01", "文明城市及公益广告宣传到位", 5,
                                rule("NO_PUBLICITY", "公益广告缺失或破损", "1")),
                        item("PUB-02", "物业服务信息公示齐全", 5,
                                rule("NO_NOTICE", "未公示收费标准、服务内容或投诉电话", "1")))),
                createdAt);
    }

    private static ChecklistSection section(String code, String title, ChecklistItem... items) {
        return new ChecklistSection(code, title, List.of(items));
    }

    private static ChecklistItem item(String code, String title, int maximum, DeductionRule... rules) {
        return new ChecklistItem(code, title, BigDecimal.valueOf(maximum), List.of(rules));
    }

    private static DeductionRule rule(String code, String description, String points) {
        return new DeductionRule(code, description, new BigDecimal(points));
    }
}
