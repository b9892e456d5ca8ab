package io.estatewatch.filing.review;

import io.estatewatch.filing.support.Api;
import io.estatewatch.filing.support.Api.Reply;
import io.estatewatch.filing.support.Bodies;
import io.estatewatch.filing.support.FilingServiceTest;
import io.estatewatch.filing.support.PublishedEvents;
import io.estatewatch.servicekit.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static io.estatewatch.filing.support.Api.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

@FilingServiceTest
class ReviewingFilingsTest {

    private static final String FILINGS = "estatewatch.filing.events";
    private static final String REGISTER = "estatewatch.register.events";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    JsonMapper json;

    @Test
    void aReturnedFilingIsResubmittedWithTheMissingMaterialAndThenApproved() {
        String estate = api.estate(Bodies.unique("翠苑街道"));
        String filing = api.file(Bodies.preTender(estate, "2022-03-01T09:30:00+08:00"));

        Reply returned = api.decide(filing, "RETURNED", "2022-03-03T10:00:00+08:00");
        Reply resubmitted = api.post(OFFICER, "/api/v1/filings/" + filing + "/resubmission",
                Map.of("at", "2022-03-08T09:00:00+08:00", "details", Map.of("developer", "杭州某置业有限公司",
                        "tenderMethod", "PUBLIC", "plannedTenderDate", "2022-04-01")));
        Reply approved = api.decide(filing, "APPROVED", "2022-03-20T10:00:00+08:00");

        assertThat(returned.string("/status")).isEqualTo("RETURNED");
        assertThat(returned.string("/statusLabel")).isEqualTo("退回补正");
        assertThat(returned.body().at("/missingItems/0").asString()).isEqualTo("营业执照副本");
        assertThat(resubmitted.status()).isEqualTo(200);
        assertThat(resubmitted.string("/status")).isEqualTo("SUBMITTED");
        assertThat(resubmitted.string("/details/tenderMethod")).isEqualTo("PUBLIC");
        // 20 working days from Wednesday 9 March: Saturday 2 April is worked, 3 to 5 April (清明节) are not.
        assertThat(resubmitted.string("/reviewDueOn")).isEqualTo("2022-04-06");
        assertThat(approved.string("/status")).isEqualTo("APPROVED");
        assertThat(approved.body().get("history").findValuesAsString("step"))
                .containsExactly("SUBMITTED", "RETURNED", "RESUBMITTED", "APPROVED");
        assertThat(events.await(FILINGS, filing, 4)).extracting(r -> PublishedEvents.headers(r).get("ce_type"))
                .containsExactly("estatewatch.filing.submitted.v1", "estatewatch.filing.returned.v1",
                        "estatewatch.filing.resubmitted.v1", "estatewatch.filing.approved.v1");
        assertThat(json.readTree(events.now(FILINGS, filing).get(1).value()).get("missingItems").get(0).asString())
                .isEqualTo("营业执照副本");
    }

    @Test
    void aDecisionOnADecidedFilingIsAConflictNamingItsState() {
        String estate = api.estate(Bodies.unique("翠苑街道"));
        String filing = api.file(Bodies.preTender(estate, "2022-03-01T09:30:00+08:00"));
        api.decide(filing, "REJECTED", "2022-03-02T09:30:00+08:00");

        Reply again = api.post(OFFICER, "/api/v1/filings/" + filing + "/decision",
                Bodies.decision("APPROVED", "2022-03-03T09:30:00+08:00"));
        Reply resubmit = api.post(OFFICER, "/api/v1/filings/" + filing + "/resubmission", Map.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.string("/currentState")).isEqualTo("REJECTED");
        assertThat(resubmit.status()).isEqualTo(409);
        assertThat(resubmit.string("/currentState")).isEqualTo("REJECTED");
    }

    @Test
    void aNegotiatedSelectionNeedsAnApprovedPreTenderFilingAndThenPutsTheCompanyOnTheEstate() {
        String company = api.company("协议选聘物业");
        String estate = api.estate(Bodies.unique("新华街道"));

        Reply tooEarly = api.post(OFFICER, "/api/v1/filings", Bodies.negotiated(estate, company, "2022-04-01T09:00:00+08:00"));
        String preTender = api.file(Bodies.preTender(estate, "2022-03-01T09:30:00+08:00"));
        String selection = api.file(Bodies.negotiated(estate, company, "2022-04-01T09:00:00+08:00"));
        Reply beforeTheTenderFiling = api.post(OFFICER, "/api/v1/filings/" + selection + "/decision",
                Bodies.decision("APPROVED", "2022-04-05T09:00:00+08:00"));
        api.decide(preTender, "APPROVED", "2022-03-10T09:00:00+08:00");
        api.decide(selection, "APPROVED", "2022-04-05T09:00:00+08:00");

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.string("/rule")).isEqualTo("PRE_TENDER_REQUIRED");
        assertThat(beforeTheTenderFiling.status()).isEqualTo(409);
        assertThat(api.get(OFFICER, "/api/v1/estates/" + estate).string("/companyId")).isEqualTo(company);
        assertThat(events.await(REGISTER, estate, 2)).extracting(r -> PublishedEvents.headers(r).get("ce_type"))
                .containsExactly("estatewatch.register.estate.registered.v1",
                        "estatewatch.register.estate.management-assigned.v1");
    }

    @Test
    void anExitTakesTheManagingCompanyOffOnlyOnceRecordsAndFundsAreHandedOver() {
        String company = api.company("退出物业");
        String estate = api.estate(Bodies.unique("朝晖街道"));
        Reply notManaged = api.post(OFFICER, "/api/v1/filings", Bodies.exit(estate, company, "2022-02-01T09:00:00+08:00", true));
        String contract = api.file(Bodies.contract(estate, company, "2022-01-05T09:00:00+08:00", "2022-01-01", "2024-12-31"));
        api.decide(contract, "APPROVED", "2022-01-10T09:00:00+08:00");

        String unfinished = api.file(Bodies.exit(estate, company, "2022-05-01T09:00:00+08:00", false));
        Reply refused = api.post(OFFICER, "/api/v1/filings/" + unfinished + "/decision",
                Bodies.decision("APPROVED", "2022-05-10T09:00:00+08:00"));
        api.decide(unfinished, "REJECTED", "2022-05-10T09:00:00+08:00");
        String exit = api.file(Bodies.exit(estate, company, "2022-06-01T09:00:00+08:00", true));
        api.decide(exit, "APPROVED", "2022-06-30T17:00:00+08:00");

        assertThat(notManaged.status()).isEqualTo(409);
        assertThat(notManaged.string("/rule")).isEqualTo("NOT_MANAGED_BY_COMPANY");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.string("/rule")).isEqualTo("HANDOVER_INCOMPLETE");
        Reply read = api.get(OFFICER, "/api/v1/estates/" + estate);
        assertThat(read.body().get("companyId").isNull()).isTrue();
        assertThat(read.body().get("contract").isNull()).isTrue();
        assertThat(events.await(REGISTER, estate, 3)).extracting(r -> PublishedEvents.headers(r).get("ce_type"))
                .containsExactly("estatewatch.register.estate.registered.v1",
                        "estatewatch.register.estate.management-assigned.v1",
                        "estatewatch.register.estate.management-ended.v1");
    }

    @Test
    void aSecondContractWhileTheFirstIsInForceIsAConflictNamingTheActiveFiling() {
        String first = api.company("甲物业");
        String second = api.company("乙物业");
        String estate = api.estate(Bodies.unique("文新街道"));
        String contract = api.file(Bodies.contract(estate, first, "2022-01-05T09:00:00+08:00", "2022-01-01", "2024-12-31"));

        Reply whileInReview = api.post(OFFICER, "/api/v1/filings",
                Bodies.contract(estate, second, "2022-01-06T09:00:00+08:00", "2022-02-01", "2025-01-31"));
        api.decide(contract, "APPROVED", "2022-01-10T09:00:00+08:00");
        Reply whileInForce = api.post(OFFICER, "/api/v1/filings",
                Bodies.contract(estate, second, "2022-03-06T09:00:00+08:00", "2023-01-01", "2025-12-31"));
        Reply afterTheTerm = api.post(OFFICER, "/api/v1/filings",
                Bodies.contract(estate, second, "2022-03-06T09:00:00+08:00", "2025-01-01", "2027-12-31"));

        assertThat(whileInReview.status()).isEqualTo(409);
        assertThat(whileInReview.string("/activeFilingId")).isEqualTo(contract);
        assertThat(whileInForce.status()).isEqualTo(409);
        assertThat(whileInForce.string("/rule")).isEqualTo("ACTIVE_CONTRACT");
        assertThat(whileInForce.string("/activeFilingId")).isEqualTo(contract);
        assertThat(afterTheTerm.status()).isEqualTo(201);
    }

    @Test
    void anApprovedGradeRatingSetsTheEstatesGrade() {
        String estate = api.estate(Bodies.unique("西溪街道"));
        String filing = api.file(Bodies.grade(estate, "GRADE_2", "2022-04-01T09:00:00+08:00"));

        api.decide(filing, "APPROVED", "2022-04-20T09:00:00+08:00");

        Reply read = api.get(OFFICER, "/api/v1/estates/" + estate);
        assertThat(read.string("/serviceGrade")).isEqualTo("GRADE_2");
        assertThat(read.string("/serviceGradeLabel")).isEqualTo("二级");
        assertThat(api.get(OFFICER, "/api/v1/estates?grade=GRADE_2&size=200").body().get("content")
                .findValuesAsString("id")).contains(estate);
    }

    @Test
    void overdueFilingsAreThoseWaitingPastTheirDeadlineAndTheListingShowsThem() {
        String estate = api.estate(Bodies.unique("古荡街道"));
        String waiting = api.file(Bodies.takeover(estate, api.company("查验物业"), "2022-03-01T09:00:00+08:00"));
        String decided = api.file(Bodies.grade(estate, "GRADE_3", "2022-03-01T09:00:00+08:00"));
        api.decide(decided, "APPROVED", "2022-06-01T09:00:00+08:00");

        Reply overdue = api.get(OFFICER, "/api/v1/filings?overdue=true&estateId=" + estate);
        Reply one = api.get(OFFICER, "/api/v1/filings/" + waiting);

        assertThat(overdue.body().get("content").findValuesAsString("id")).containsExactly(waiting);
        assertThat(one.body().get("overdue").asBoolean()).isTrue();
        assertThat(one.string("/reviewDueOn")).isEqualTo("2022-03-29");
        assertThat(api.get(OFFICER, "/api/v1/filings/" + decided).body().get("overdue").asBoolean()).isFalse();
    }

    @Test
    void filingsCountAsCompletedInThePeriodOfTheirApproval() {
        String estate = api.estate(Bodies.unique("北山街道"));
        String company = api.company("计数物业");
        String approvedInJune = api.file(Bodies.takeover(estate, company, "2019-05-20T09:00:00+08:00"));
        api.decide(approvedInJune, "APPROVED", "2019-06-30T23:00:00+08:00");
        String approvedInJuly = api.file(Bodies.takeover(estate, company, "2019-06-20T09:00:00+08:00"));
        api.decide(approvedInJuly, "APPROVED", "2019-07-01T00:30:00+08:00");
        String rejected = api.file(Bodies.grade(estate, "GRADE_1", "2019-06-01T09:00:00+08:00"));
        api.decide(rejected, "REJECTED", "2019-06-02T09:00:00+08:00");

        Reply counts = api.get(OFFICER, "/api/v1/filings/counts?from=2019-01-01&to=2019-06-30");
        Reply approvedInPeriod = api.get(OFFICER,
                "/api/v1/filings?periodOf=DECISION&status=APPROVED&from=2019-01-01&to=2019-06-30");

        assertThat(counts.status()).isEqualTo(200);
        assertThat(counts.body().at("/completedByType/TAKEOVER_INSPECTION").asLong()).isEqualTo(1);
        assertThat(counts.body().at("/submittedByType/TAKEOVER_INSPECTION").asLong()).isEqualTo(2);
        assertThat(counts.body().at("/rejectedByType/SERVICE_GRADE").asLong()).isEqualTo(1);
        assertThat(counts.body().at("/completedByType/PROJECT_EXIT").asLong()).isZero();
        assertThat(counts.body().at("/labels/PRE_TENDER").asString()).isEqualTo("招标前备案");
        assertThat(approvedInPeriod.body().get("content").findValuesAsString("id")).containsExactly(approvedInJune);
    }

    @Test
    void aStreetOfficerSeesTheFilingsOfItsStreetsAndACompanyUserThoseOfItsCompany() {
        String street = Bodies.unique("蒋村街道");
        String estate = api.estate(street);
        String otherEstate = api.estate(Bodies.unique("三墩街道"));
        String company = api.company("范围物业");
        String mine = api.file(Bodies.takeover(estate, company, "2022-03-01T09:00:00+08:00"));
        String other = api.file(Bodies.grade(otherEstate, "GRADE_1", "2022-03-01T09:00:00+08:00"));
        Caller officer = Caller.streetOfficer("zhou", street);
        Caller user = Caller.companyUser("li.na", company);

        assertThat(api.get(officer, "/api/v1/filings/" + mine).status()).isEqualTo(200);
        assertThat(api.get(officer, "/api/v1/filings/" + other).status()).isEqualTo(404);
        assertThat(api.get(officer, "/api/v1/filings?size=200").body().get("content").findValuesAsString("estateId"))
                .containsOnly(estate);
        assertThat(api.get(user, "/api/v1/filings?size=200").body().get("content").findValuesAsString("id"))
                .containsExactly(mine);
        assertThat(api.get(user, "/api/v1/filings/" + other).status()).isEqualTo(404);
        assertThat(api.post(officer, "/api/v1/filings/" + mine + "/decision",
                Bodies.decision("APPROVED", null)).status()).isEqualTo(403);
    }

    @Test
    void aCompanyUserFilesInItsOwnNameOnly() {
        String company = api.company("自报物业");
        String estate = api.estate(Bodies.unique("祥符街道"));
        Caller user = Caller.companyUser("li.na", company);

        Reply own = api.post(user, "/api/v1/filings", Bodies.takeover(estate, null, "2022-03-01T09:00:00+08:00"));
        Reply forAnother = api.post(user, "/api/v1/filings",
                Bodies.takeover(estate, api.company("别家物业"), "2022-03-01T09:00:00+08:00"));

        assertThat(own.status()).isEqualTo(201);
        assertThat(own.string("/companyId")).isEqualTo(company);
        assertThat(forAnother.status()).isEqualTo(403);
        assertThat(List.of(forAnother.contentType())).allMatch(type -> type.startsWith("application/problem+json"));
    }
}
