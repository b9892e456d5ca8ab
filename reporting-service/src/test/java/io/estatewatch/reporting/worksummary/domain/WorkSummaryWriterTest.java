package io.estatewatch.reporting.worksummary.domain;

import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.filing.FilingType;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.reporting.assessment.domain.OutreachRow;
import io.estatewatch.reporting.assessment.domain.SupplyRow;
import io.estatewatch.reporting.complaint.domain.ComplaintRow;
import io.estatewatch.reporting.complaint.domain.RateFormula;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.filing.domain.FilingRow;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.renovation.domain.ProjectRow;
import io.estatewatch.reporting.summary.domain.Figures;
import io.estatewatch.reporting.support.Rows;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.estatewatch.reporting.support.Rows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The work summary's sentences for a known set of figures, in both languages. */
class WorkSummaryWriterTest {

    static Facts halfYear() {
        Map<Channel, Integer> channels = new LinkedHashMap<>();
        channels.put(Channel.VISIT_CALL, 141);
        channels.put(Channel.CITIZEN_FORUM, 118);
        channels.put(Channel.CONDUCT_HOTLINE, 4);
        channels.put(Channel.MAYOR_HOTLINE, 332);
        channels.put(Channel.PEOPLE_DAILY_BOARD, 20);
        channels.put(Channel.BUREAU_REFERRAL, 3);
        List<ComplaintRow> complaints = new ArrayList<>();
        channels.forEach((channel, n) -> {
            for (int i = 0; i < n; i++) {
                complaints.add(Rows.complaint(channel + "-" + i, channel, "2022-0" + (1 + i % 6) + "-10T09:00")
                        .responded("2022-0" + (1 + i % 6) + "-10T12:00").row());
            }
        });
        Map<FilingType, Integer> filings = new LinkedHashMap<>();
        filings.put(FilingType.PRE_TENDER, 10);
        filings.put(FilingType.NEGOTIATED_SELECTION, 4);
        filings.put(FilingType.TAKEOVER_INSPECTION, 17);
        filings.put(FilingType.SERVICE_GRADE, 7);
        filings.put(FilingType.PRELIMINARY_CONTRACT, 5);
        filings.put(FilingType.PROJECT_EXIT, 1);
        List<FilingRow> filingRows = new ArrayList<>();
        filings.forEach((type, n) -> {
            for (int i = 0; i < n; i++) {
                filingRows.add(new FilingRow(type + "-" + i, "d", type, "e1", "co-1", at("2022-02-01T09:00"),
                        List.of(), List.of(), FilingRow.Decision.APPROVED, at("2022-02-10T09:00")));
            }
        });
        List<ProjectRow> projects = new ArrayList<>();
        double[] areas = {180_000, 150_000, 116_000};
        int[] households = {1_800, 1_440, 1_000};
        for (int p = 0; p < 3; p++) {
            projects.add(new ProjectRow("p" + p, "d", "2020", "市区2020年老旧小区改造实施方案", List.of("e" + (p + 1)),
                    RenovationType.BASIC, areas[p], households[p], 10, null, p < 2, at("2022-01-10T09:00"), List.of(),
                    List.of(new ProjectRow.MilestoneReached(Milestone.PLAN_ISSUED, null, at("2022-02-25T09:00")),
                            new ProjectRow.MilestoneReached(Milestone.PUBLIC_NOTICE, null, at("2022-03-20T09:00")),
                            new ProjectRow.MilestoneReached(Milestone.PRICE_CAP_AUDIT_SUBMITTED, null,
                                    at("2022-05-10T09:00")))));
        }
        return Facts.builder()
                .register(new Register(List.of(Rows.estate("e1", "幸福小区", "新华街道", "co-1"),
                        Rows.estate("e2", "红星村小区", "新华街道", "co-1"),
                        Rows.estate("e3", "光明小区", "东城街道", "co-1")), List.of()))
                .complaints(complaints).filings(filingRows).projects(projects)
                .supplies(List.of(
                        new SupplyRow("s1", "d", "co-1", "MASK", SupplyUnit.PIECE, new BigDecimal("5230"), at("2022-02-03T09:00")),
                        new SupplyRow("s2", "d", "co-1", "DISINFECTANT", SupplyUnit.JIN, new BigDecimal("1000"), at("2022-02-03T09:00")),
                        new SupplyRow("s3", "d", "co-1", "GLOVES", SupplyUnit.PAIR, new BigDecimal("200"), at("2022-02-03T09:00"))))
                .outreach(List.of(new OutreachRow("o1", "d", RecipientType.STREET, 60, at("2022-03-01T09:00")),
                        new OutreachRow("o2", "d", RecipientType.OWNER, 67, at("2022-03-01T09:00"))))
                .build();
    }

    static Figures figures(Facts facts, String from, String to) {
        return Figures.of(facts, Rows.window(from, to), Scope.everything(), RateFormula.CURRENT);
    }

    @Test
    void theChineseSummaryReadsLikeTheSectionsOwnForTheReferenceFigures() {
        WorkSummary summary = WorkSummaryWriter.write(figures(halfYear(), "2022-01-01", "2022-06-30"), Language.ZH_CN);

        assertThat(summary.title()).isEqualTo("2022年1—6月份物业管理工作统计");
        assertThat(summary.sections()).extracting(WorkSummary.Section::heading)
                .containsExactly("一、疫情防控工作", "二、日常监督管理", "三、老旧小区改造", "四、法律法规宣贯");
        assertThat(summary.text()).isEqualTo("""
                累计向辖区物业服务企业发放口罩5200余只，消毒液1000余斤，防护手套200余双。
                1、1—6月份，共受理调处各类投诉618起，其中来访来电141起，百姓畅言118起，政风行风热线4起，市长热线332起，人民网留言20条，市住建局交办函投诉3起。
                2、受理的投诉中，响应率100%，解决率0%。
                3、共办理招标前备案10家，流标后批准协议选聘前期物业项目4个，完成新建住宅小区物业查验项目17个，物业服务等级核定7个，前期物业服务合同备案5个，物业管理项目退出备案1个。
                今年我区计划整治改造老旧小区3个，为幸福小区、红星村小区和光明小区，位于新华街道、东城街道。总建筑面积44.6万平方米，涉及居民4240户。按照基础类组织实施，其中2个小区纳入中央财政资金奖补项目。
                目前已出台《市区2020年老旧小区改造实施方案》并在拟改造小区进行公示，正在向市审计局报送上限价审核。
                已向辖区各乡镇街、小区业主等共发放《条例》单行本120余本。
                """);
    }

    @Test
    void theEnglishSummaryGivesTheSameFigures() {
        String text = WorkSummaryWriter.write(figures(halfYear(), "2022-01-01", "2022-06-30"), Language.EN).text();

        assertThat(text).contains("1. From January to June, 618 complaints were received and mediated: 141 by visit "
                        + "or telephone, 118 through the Citizens' Forum, 4 through the conduct hotline, 332 through the "
                        + "mayor's hotline, 20 messages on the People's Daily board and 3 referred by letter from the "
                        + "municipal housing bureau.")
                .contains("This year the district plans to renovate 3 old estates, 幸福小区, 红星村小区 and 光明小区, in "
                        + "新华街道 and 东城街道. They have a total floor area of 446,000 m² and 4,240 households. The work "
                        + "follows the basic type; 2 estates receive the central fiscal subsidy.")
                .contains("So far the implementation plan \u201C市区2020年老旧小区改造实施方案\u201D has been issued, the plan "
                        + "has been publicly noticed in the estates and the price cap is with the municipal audit bureau "
                        + "for review.")
                .contains("some 5,200 masks, some 1,000 jin of disinfectant and some 200 pairs of protective gloves")
                .contains("We handed out some 120 copies of the municipal property-management regulation to the towns "
                        + "and streets and estate owners.");
    }

    @Test
    void milestonesCountOnlyOnceReachedAndAQuarterWithNothingInItHasNoSentences() {
        String march = WorkSummaryWriter.write(Figures.of(halfYear(), Rows.window("2022-01-01", "2022-03-31"),
                Scope.everything(), RateFormula.CURRENT), Language.ZH_CN).text();
        assertThat(march).contains("1—3月份，共受理调处各类投诉316起，其中来访来电72起")
                .contains("目前已出台《市区2020年老旧小区改造实施方案》并在拟改造小区进行公示。")
                .doesNotContain("上限价");

        WorkSummary empty = WorkSummaryWriter.write(figures(halfYear(), "2023-01-01", "2023-03-31"), Language.ZH_CN);
        assertThat(empty.sections()).isEmpty();
        assertThat(empty.title()).isEqualTo("2023年1—3月份物业管理工作统计");
    }

    @Test
    void periodsAreNamedAsTheSectionNamesThem() {
        assertThat(Phrasing.periodZh(java.time.LocalDate.parse("2022-07-01"), java.time.LocalDate.parse("2022-12-31")))
                .isEqualTo("7—12月份");
        assertThat(Phrasing.periodZh(java.time.LocalDate.parse("2022-03-01"), java.time.LocalDate.parse("2022-03-31")))
                .isEqualTo("3月份");
        assertThat(Phrasing.periodZh(java.time.LocalDate.parse("2021-12-01"), java.time.LocalDate.parse("2022-02-28")))
                .isEqualTo("2021年12月—2022年2月");
        assertThat(Phrasing.periodZh(java.time.LocalDate.parse("2022-03-05"), java.time.LocalDate.parse("2022-04-20")))
                .isEqualTo("3月5日—4月20日");
        assertThat(Phrasing.periodEn(java.time.LocalDate.parse("2022-07-01"), java.time.LocalDate.parse("2022-12-31")))
                .isEqualTo("From July to December");
    }

    @Test
    void handedOutQuantitiesAreWrittenApproximatelyFromAHundredOnAndExactlyBelow() {
        assertThat(Phrasing.quantityZh(new BigDecimal("5000"))).isEqualTo("5000余");
        assertThat(Phrasing.quantityZh(new BigDecimal("5230"))).isEqualTo("5200余");
        assertThat(Phrasing.quantityZh(new BigDecimal("127"))).isEqualTo("120余");
        assertThat(Phrasing.quantityZh(new BigDecimal("99"))).isEqualTo("99");
        assertThat(Phrasing.quantityZh(new BigDecimal("12.5"))).isEqualTo("12.5");
        assertThat(Phrasing.countZh(143)).isEqualTo("140多");
        assertThat(Phrasing.areaZh(new BigDecimal("446000"))).isEqualTo("44.6万平方米");
        assertThat(Phrasing.areaZh(new BigDecimal("8500"))).isEqualTo("8500平方米");
        assertThat(Phrasing.percent(0.9125)).isEqualTo("91.3%");
    }
}
