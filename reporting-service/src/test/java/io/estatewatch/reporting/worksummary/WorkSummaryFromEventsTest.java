package io.estatewatch.reporting.worksummary;

import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.ReferenceData;
import io.estatewatch.reporting.support.ReportingServiceTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The work summary of the reference half-year, written from the folded events, reads like the section's own. */
@ReportingServiceTest
class WorkSummaryFromEventsTest {

    static final String PATH = "/api/v1/reports/work-summary?from=2022-01-01&to=2022-06-30";

    static final String COMPLAINTS = "1—6月份，共受理调处各类投诉618起，其中来访来电141起，百姓畅言118起，政风行风热线4起，"
            + "市长热线332起，人民网留言20条，市住建局交办函投诉3起。";
    static final String FILINGS = "共办理招标前备案10家，流标后批准协议选聘前期物业项目4个，完成新建住宅小区物业查验项目17个，"
            + "物业服务等级核定7个，前期物业服务合同备案5个，物业管理项目退出备案1个。";
    static final String RENOVATION = "今年我区计划整治改造老旧小区3个，为幸福小区、红星村小区和光明小区，位于新华街道、东城街道、西关街道。"
            + "总建筑面积44.6万平方米，涉及居民4240户。按照基础类组织实施，其中2个小区纳入中央财政资金奖补项目。";
    static final String PROGRESS = "目前已出台《市区2020年老旧小区改造实施方案》并在拟改造小区进行公示，正在向市审计局报送上限价审核。";
    static final String SUPPLIES = "累计向辖区物业服务企业发放口罩5000余只，消毒液1000余斤，防护手套200余双。";
    static final String OUTREACH = "已向辖区各乡镇街、物业服务企业、小区业主等共发放《条例》单行本120余本。";

    @Autowired
    Api api;

    @Autowired
    ReferenceData reference;

    @BeforeEach
    void loadTheReferenceHalfYear() {
        reference.ensureLoaded();
    }

    @Test
    void theChineseMarkdownReadsLikeTheSectionsOwnSummary() {
        Api.Reply reply = api.get(Api.OFFICER, PATH + "&lang=zh-CN&format=md");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/markdown");
        assertThat(reply.text())
                .contains(COMPLAINTS, FILINGS, RENOVATION, PROGRESS, SUPPLIES, OUTREACH)
                .contains("完成2022年第一季度考评，共考评物业小区12个次，并将考评结果向社会公开。考评得分60分以下的小区2个。")
                .contains("对60分以下的和平里、春晖小区等2个小区进行现场曝光")
                .contains("联合属地街道、社区对物业服务企业进行约谈2次，下发整改通知2份，按照创城检查标准逐项督促整改，"
                        + "开展“回头看”，1份整改通过复查，1份未通过复查。")
                .contains("# 2022年1—6月份物业管理工作统计");
    }

    @Test
    void theEnglishVersionGivesTheSameFigures() {
        String text = api.get(Api.OFFICER, PATH + "&lang=en").text();

        assertThat(text).contains("From January to June, 618 complaints were received and mediated: 141 by visit or "
                        + "telephone, 118 through the Citizens' Forum, 4 through the conduct hotline, 332 through the mayor's "
                        + "hotline, 20 messages on the People's Daily board and 3 referred by letter from the municipal "
                        + "housing bureau.")
                .contains("We completed 10 pre-tender filings, 4 approved negotiated selections")
                .contains("a total floor area of 446,000 m² and 4,240 households")
                .contains("some 5,000 masks, some 1,000 jin of disinfectant and some 200 pairs of protective gloves");
    }

    @Test
    void theWordDocumentHoldsTheSameSentences() throws IOException {
        Api.Reply reply = api.get(Api.OFFICER, PATH + "&format=docx");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(reply.bytes()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(COMPLAINTS, FILINGS, SUPPLIES);
        }
    }

    @Test
    void theHtmlPageHoldsTheSameSentences() {
        Api.Reply reply = api.get(Api.OFFICER, PATH + "&format=html&lang=zh-CN");

        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.text()).startsWith("<!DOCTYPE html>").contains("<p>1、" + COMPLAINTS + "</p>");
    }

    @Test
    void anUnknownLanguageOrFormatIsABadRequest() {
        assertThat(api.get(Api.OFFICER, PATH + "&lang=fr").status()).isEqualTo(400);
        assertThat(api.get(Api.OFFICER, PATH + "&format=pdf").json().at("/errors/0/field").asString())
                .isEqualTo("format");
    }
}
