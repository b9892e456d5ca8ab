package io.estatewatch.events.register;

import io.estatewatch.events.Labelled;

/** An estate's rated service grade (物业服务等级). */
public enum ServiceGrade implements Labelled {
    GRADE_1("一级"),
    GRADE_2("二级"),
    GRADE_3("三级");

    private final String labelZh;

    ServiceGrade(String labelZh) {
        this.labelZh = labelZh;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
