package io.estatewatch.events.filing;

import io.estatewatch.events.Labelled;

/** The six regulatory filings (备案与审批). */
public enum FilingType implements Labelled {
    PRE_TENDER("招标前备案"),
    NEGOTIATED_SELECTION("流标后批准协议选聘前期物业"),
    TAKEOVER_INSPECTION("新建住宅小区物业查验"),
    SERVICE_GRADE("物业服务等级核定"),
    PRELIMINARY_CONTRACT("前期物业服务合同备案"),
    PROJECT_EXIT("物业管理项目退出备案");

    private final String labelZh;

    FilingType(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
