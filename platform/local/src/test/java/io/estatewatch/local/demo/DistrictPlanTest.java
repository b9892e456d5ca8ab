package io.estatewatch.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.estatewatch.local.demo.DistrictPlan.Complaint;
import io.estatewatch.local.demo.DistrictPlan.Decision;
import io.estatewatch.local.demo.DistrictPlan.Estate;
import io.estatewatch.local.demo.DistrictPlan.Filing;
import io.estatewatch.local.demo.DistrictPlan.Step;
import io.estatewatch.local.demo.DistrictPlan.StepKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DistrictPlanTest {

    private static final DistrictPlan REFERENCE = DistrictPlan.generate(DemoFigures.REFERENCE_SEED, 1.0);

    static Stream<Arguments> districts() {
        return Stream.of(
                Arguments.of(DemoFigures.REFERENCE_SEED, 1.0),
                Arguments.of(1L, 1.0),
                Arguments.of(7L, 0.5),
                Arguments.of(42L, 2.0),
                Arguments.of(20220630L, 0.3),
                Arguments.of(-5L, 1.3));
    }

    @Test
    void theReferenceDistrictCountsTheSourceHalfYear() {
        PlanFigures figures = REFERENCE.figures();

        assertThat(figures.complaints()).isEqualTo(618);
        assertThat(figures.complaintsByChannel()).isEqualTo(Map.of("VISIT_CALL", 141, "CITIZEN_FORUM", 118,
                "CONDUCT_HOTLINE", 4, "MAYOR_HOTLINE", 332, "PEOPLE_DAILY_BOARD", 20, "BUREAU_REFERRAL", 3));
        assertThat(figures.filingsCompleted()).isEqualTo(Map.of("PRE_TENDER", 10, "NEGOTIATED_SELECTION", 4,
                "TAKEOVER_INSPECTION", 17, "SERVICE_GRADE", 7, "PRELIMINARY_CONTRACT", 5, "PROJECT_EXIT", 1));
        assertThat(figures.renovationProjects()).isEqualTo(3);
        assertThat(figures.renovationFloorAreaM2()).isEqualTo(446_000);
        assertThat(figures.renovationHouseholds()).isEqualTo(4_240);
        assertThat(figures.centralSubsidyProjects()).isEqualTo(2);
        assertThat(figures.supplies()).containsAllEntriesOf(Map.of("MASK", 5_000, "DISINFECTANT", 1_000, "GLOVES", 200));
        assertThat(figures.regulationCopies()).isEqualTo(120);
        assertThat(figures.estates()).isGreaterThanOrEqualTo(140);
        assertThat(figures.epidemicEstates()).isBetween(140, 149);
        assertThat(figures.below60()).isEqualTo(2);
    }

    @Test
    void completedIsNotSubmitted() {
        PlanFigures figures = REFERENCE.figures();
        assertThat(figures.filingsSubmitted()).isNotEqualTo(figures.filingsCompleted());
        assertThat(REFERENCE.filings()).anySatisfy(f -> assertThat(f.decisions()).isEmpty());
        assertThat(REFERENCE.filings()).anySatisfy(f -> assertThat(f.decisions()).extracting(Decision::decision)
                .containsExactly("RETURNED"));
        assertThat(REFERENCE.filings()).anySatisfy(f -> assertThat(f.decisions()).extracting(Decision::decision)
                .containsExactly("REJECTED"));
    }

    @Test
    void mostComplaintsAreHandledToTheEndAndAFewAreReopenedOrMerged() {
        Map<String, Integer> byStatus = REFERENCE.figures().complaintsByFinalStatus();
        assertThat(byStatus.get("CLOSED")).isGreaterThan(618 * 8 / 10);
        assertThat(byStatus).containsKeys("MERGED", "REOPENED");
        assertThat(REFERENCE.complaints()).anySatisfy(c -> assertThat(c.steps()).extracting(Step::kind)
                .contains(StepKind.URGING));
        assertThat(REFERENCE.complaints()).anySatisfy(c -> assertThat(c.address()).isNotNull());
        assertThat(REFERENCE.figures().complaintsByCategory()).hasSizeGreaterThanOrEqualTo(12);
        long months = REFERENCE.complaints().stream().map(c -> c.receivedAt().getMonth()).distinct().count();
        assertThat(months).isEqualTo(6);
    }

    @Test
    void theSameSeedMakesTheSamePlan() {
        assertThat(DistrictPlan.generate(DemoFigures.REFERENCE_SEED, 1.0)).isEqualTo(REFERENCE);
    }

    @Test
    void anotherSeedMakesAnotherDistrict() {
        DistrictPlan other = DistrictPlan.generate(7L, 1.0);
        assertThat(other.figures().complaintsByChannel()).isNotEqualTo(REFERENCE.figures().complaintsByChannel());
        assertThat(other.estates()).extracting(Estate::name).isNotEqualTo(REFERENCE.estates().stream().map(Estate::name).toList());
    }

    @ParameterizedTest(name = "seed {0}, size {1}")
    @MethodSource("districts")
    void thePlanCountsWhatItsFiguresAskFor(long seed, double size) {
        DemoFigures targets = DemoFigures.forSeed(seed, size);
        PlanFigures figures = DistrictPlan.generate(targets, seed).figures();

        assertThat(figures.complaintsByChannel()).isEqualTo(targets.complaintsByChannel());
        assertThat(figures.complaints()).isEqualTo(targets.complaints());
        assertThat(figures.filingsCompleted()).isEqualTo(targets.filingsCompleted());
        assertThat(figures.renovationProjects()).isEqualTo(targets.renovationProjects());
        assertThat(figures.renovationFloorAreaM2()).isEqualTo(targets.renovationFloorAreaM2());
        assertThat(figures.renovationHouseholds()).isEqualTo(targets.renovationHouseholds());
        assertThat(figures.centralSubsidyProjects()).isEqualTo(targets.centralSubsidyProjects());
        targets.supplies().forEach((item, supply) -> assertThat(figures.supplies().get(item)).isEqualTo(supply.quantity()));
        assertThat(figures.regulationCopies()).isEqualTo(targets.regulationCopies());
        assertThat(figures.below60()).isPositive().isLessThanOrEqualTo(targets.estatesBelow60());
        assertThat(figures.rectificationsOrdered()).isEqualTo(figures.below60());
        assertThat(figures.interviewsHeld()).isGreaterThanOrEqualTo(figures.below60());
        assertThat(figures.epidemicEstates()).isEqualTo(targets.establishedEstates());
    }

    @ParameterizedTest(name = "seed {0}, size {1}")
    @MethodSource("districts")
    void theRegisterIsValid(long seed, double size) {
        DistrictPlan plan = DistrictPlan.generate(seed, size);
        assertThat(plan.companies()).allSatisfy(c -> assertThat(CreditCodes.valid(c.creditCode()))
                .as(c.creditCode()).isTrue());
        assertThat(plan.companies()).extracting(DistrictPlan.Company::creditCode).doesNotHaveDuplicates();
        assertThat(plan.estates()).extracting(e -> e.street() + "/" + e.name()).doesNotHaveDuplicates();
        assertThat(plan.estates()).extracting(Estate::street).containsAll(plan.streets().stream()
                .map(DistrictPlan.Street::name).filter(s -> plan.estates().stream().anyMatch(e -> e.street().equals(s)))
                .toList());
        assertThat(plan.streets()).anyMatch(DistrictPlan.Street::urban).anyMatch(s -> !s.urban());
        Map<String, Estate> estates = plan.estatesByKey();
        for (DistrictPlan.RenovationProject project : plan.renovation().projects()) {
            Estate estate = estates.get(project.estateKeys().get(0));
            assertThat(estate.households()).isEqualTo(project.households());
            assertThat(estate.floorAreaM2()).isEqualTo(project.floorAreaM2());
            assertThat(estate.builtYear()).isLessThan(2016);
        }
    }

    @ParameterizedTest(name = "seed {0}, size {1}")
    @MethodSource("districts")
    void theFilingsKeepTheCrossFilingRules(long seed, double size) {
        DistrictPlan plan = DistrictPlan.generate(seed, size);
        Map<String, String> manager = new HashMap<>();
        Map<String, OffsetDateTime> preTenderApproved = new HashMap<>();
        Set<String> contracted = new HashSet<>();
        OffsetDateTime end = plan.periodEnd();
        for (Filing filing : plan.filings()) {
            OffsetDateTime previous = filing.submittedAt();
            for (Decision decision : filing.decisions()) {
                assertThat(decision.at()).as(filing.key()).isAfter(previous).isBefore(end);
                previous = decision.at();
            }
            assertThat(filing.submittedAt()).as(filing.key()).isBefore(end);
            String estate = filing.estateKey();
            switch (filing.type()) {
                case "NEGOTIATED_SELECTION" -> assertThat(preTenderApproved.get(estate)).as(filing.key())
                        .isNotNull().isBefore(filing.submittedAt());
                case "PRELIMINARY_CONTRACT" -> assertThat(contracted).as(filing.key()).doesNotContain(estate);
                case "PROJECT_EXIT", "TAKEOVER_INSPECTION" -> assertThat(manager.get(estate)).as(filing.key())
                        .isEqualTo(filing.companyKey());
                default -> {
                }
            }
            if (filing.approval().isPresent()) {
                switch (filing.type()) {
                    case "PRE_TENDER" -> preTenderApproved.put(estate, filing.approval().get().at());
                    case "NEGOTIATED_SELECTION" -> manager.put(estate, filing.companyKey());
                    case "PRELIMINARY_CONTRACT" -> {
                        manager.put(estate, filing.companyKey());
                        contracted.add(estate);
                    }
                    case "PROJECT_EXIT" -> manager.remove(estate);
                    default -> {
                    }
                }
            }
            if (filing.type().equals("PRE_TENDER") && "INVITED".equals(filing.details().get("tenderMethod"))) {
                assertThat((List<?>) filing.details().get("invitedBidders")).hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, size {1}")
    @MethodSource("districts")
    void everyComplaintMovesForwardInTimeWithinThePeriod(long seed, double size) {
        DistrictPlan plan = DistrictPlan.generate(seed, size);
        Map<String, Complaint> byKey = new HashMap<>();
        Set<String> tickets = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (Complaint complaint : plan.complaints()) {
            byKey.put(complaint.key(), complaint);
            assertThat(tickets.add(complaint.channel() + "/" + complaint.externalId())).isTrue();
            assertThat(plan.inPeriod(complaint.receivedAt())).isTrue();
            assertThat(complaint.estateKey() != null || complaint.address() != null).isTrue();
            assertThat(complaint.phone()).matches("1[3-9]\\d{9}");
            OffsetDateTime previous = complaint.receivedAt();
            for (Step step : complaint.steps()) {
                assertThat(step.at()).as(complaint.key()).isAfter(previous).isBefore(plan.periodEnd());
                previous = step.at();
            }
            boolean merged = complaint.steps().stream().anyMatch(s -> s.kind() == StepKind.MERGE);
            if (!merged) {
                assertThat(phones.add(complaint.phone())).as("one phone number per complainant").isTrue();
            }
        }
        for (Complaint complaint : plan.complaints()) {
            for (Step step : complaint.steps()) {
                if (step.kind() == StepKind.MERGE) {
                    Complaint original = byKey.get(step.mergeInto());
                    assertThat(original.receivedAt()).isBefore(complaint.receivedAt());
                    assertThat(original.estateKey()).isEqualTo(complaint.estateKey());
                    assertThat(original.category()).isEqualTo(complaint.category());
                    assertThat(original.phone()).isEqualTo(complaint.phone());
                    assertThat(original.channel()).isNotEqualTo(complaint.channel());
                }
            }
        }
        assertThat(ComplaintSchedule.mergeBeforeOriginalCloses(plan.complaints())).isTrue();
        assertThat(plan.complaints()).filteredOn(Complaint::hotlineSystem)
                .extracting(Complaint::channel).doesNotContain("VISIT_CALL", "BUREAU_REFERRAL");
    }

    @ParameterizedTest(name = "seed {0}, size {1}")
    @MethodSource("districts")
    void theSupervisionWorkKeepsItsRules(long seed, double size) {
        DistrictPlan plan = DistrictPlan.generate(seed, size);
        for (DistrictPlan.Score score : plan.assessment().scores()) {
            score.items().forEach((code, value) -> assertThat(value)
                    .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(SupervisionWork.CHECKLIST_ITEMS.get(code))));
            assertThat(score.items().keySet()).containsExactlyElementsOf(SupervisionWork.CHECKLIST_ITEMS.keySet());
            assertThat(score.at()).isAfter(plan.assessment().round().openedAt())
                    .isBefore(plan.assessment().round().publishedAt());
        }
        assertThat(plan.assessment().round().estateKeys()).containsExactlyInAnyOrderElementsOf(
                plan.assessment().scores().stream().map(DistrictPlan.Score::estateKey).toList());
        List<String> ladder = List.of("COMPANY_PERSUASION", "OWNER_NOTICE", "COMMUNITY_REPORT", "JOINT_CLEARING",
                "FIRE_RESCUE_REPORT", "TOWING_REQUEST");
        for (DistrictPlan.DisorderCase c : plan.disorderCases()) {
            for (int i = 0; i < c.steps().size(); i++) {
                assertThat(c.steps().get(i).step()).isEqualTo(ladder.get(i));
                if (i > 0) {
                    assertThat(c.steps().get(i).at()).isAfter(c.steps().get(i - 1).at());
                }
            }
            if (c.closedAt() != null) {
                assertThat(c.closedAt()).isAfter(c.steps().get(c.steps().size() - 1).at());
            }
        }
        assertThat(plan.disorderCases()).extracting(DistrictPlan.DisorderCase::disorderType)
                .contains("PARKING", "CORRIDOR_CLUTTER");
        OffsetDateTime endOfApril = DistrictCalendar.endOf(LocalDate.of(2022, 4, 30));
        assertThat(plan.supplies()).allSatisfy(s -> assertThat(s.at()).isBefore(endOfApril));
        assertThat(plan.supplies()).allSatisfy(s -> assertThat(s.quantity()).isPositive());
        assertThat(plan.fireLaneChecks()).anySatisfy(l -> assertThat(l.markings().ok() && l.signs().ok()
                && l.boards().ok()).isFalse());
        for (DistrictPlan.Rectification r : plan.assessment().rectifications()) {
            assertThat(r.reInspections()).isNotEmpty();
        }
    }

    @Test
    void theRenovationProgrammeIsTheSourceDocument() {
        assertThat(REFERENCE.renovation().programmeTitle()).isEqualTo("市区2020年老旧小区改造实施方案");
        assertThat(REFERENCE.renovation().projects()).allSatisfy(p -> {
            assertThat(p.type()).isEqualTo("BASIC");
            assertThat(p.milestones()).extracting(DistrictPlan.MilestoneReached::milestone)
                    .containsExactly("PLAN_ISSUED", "PUBLIC_NOTICE", "PRICE_CAP_AUDIT_SUBMITTED");
        });
    }
}
