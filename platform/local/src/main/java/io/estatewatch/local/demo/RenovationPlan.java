package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Estate;
import io.estatewatch.local.demo.DistrictPlan.MilestoneReached;
import io.estatewatch.local.demo.DistrictPlan.Renovation;
import io.estatewatch.local.demo.DistrictPlan.RenovationProject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The year's old-estate renovation: the programme 《市区2020年老旧小区改造实施方案》 and a project per old estate,
 * built to the basic type, some with the central fiscal subsidy; the plan issued, the public notice held in the
 * estates, the price caps submitted to the municipal audit bureau, and the rest still to come on its schedule.
 */
final class RenovationPlan {

    static final String PROGRAMME_CODE = "2020";
    /** The document's title; the work summary puts it between 《》 itself. */
    static final String PROGRAMME_TITLE = "市区2020年老旧小区改造实施方案";

    private RenovationPlan() {
    }

    static Renovation generate(DemoFigures targets, DistrictRegister register, Random random) {
        int year = targets.from().getYear();
        LocalDate planned = DistrictCalendar.someWorkingDay(random, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 11));
        LocalDate issued = DistrictCalendar.plusWorkingDays(planned, 8 + random.nextInt(5));
        LocalDate noticeFrom = DistrictCalendar.plusWorkingDays(issued, 5 + random.nextInt(5));
        LocalDate noticeTo = noticeFrom.plusDays(9);
        LocalDate auditSubmitted = DistrictCalendar.plusWorkingDays(noticeTo, 10 + random.nextInt(10));

        Map<String, Estate> estates = new LinkedHashMap<>();
        register.estates().forEach(e -> estates.put(e.key(), e));
        List<RenovationProject> projects = new ArrayList<>();
        List<String> chosen = register.renovationEstates();
        for (int i = 0; i < chosen.size(); i++) {
            Estate estate = estates.get(chosen.get(i));
            Map<String, LocalDate> schedule = new LinkedHashMap<>();
            schedule.put("PLAN_ISSUED", LocalDate.of(year, 3, 31));
            schedule.put("PUBLIC_NOTICE", LocalDate.of(year, 4, 30));
            schedule.put("PRICE_CAP_AUDIT_SUBMITTED", LocalDate.of(year, 5, 31));
            schedule.put("PRICE_CAP_APPROVED", LocalDate.of(year, 7, 31));
            schedule.put("TENDERED", LocalDate.of(year, 8, 31));
            schedule.put("CONSTRUCTION_STARTED", LocalDate.of(year, 9, 30));
            schedule.put("COMPLETED", LocalDate.of(year, 12, 31));
            schedule.put("ACCEPTED", LocalDate.of(year + 1, 1, 31));
            List<MilestoneReached> milestones = List.of(
                    new MilestoneReached("PLAN_ISSUED", DistrictCalendar.at(issued, 10, 0), null, null),
                    new MilestoneReached("PUBLIC_NOTICE", DistrictCalendar.at(noticeFrom, 9, 0), noticeFrom, noticeTo),
                    new MilestoneReached("PRICE_CAP_AUDIT_SUBMITTED",
                            DistrictCalendar.at(auditSubmitted, 15, i * 10), null, null));
            OffsetDateTime plannedAt = DistrictCalendar.at(planned, 9, 30 + i);
            projects.add(new RenovationProject("renovation-" + estate.key(), List.of(estate.key()), "BASIC",
                    estate.floorAreaM2(), estate.households(), estate.buildings(),
                    i < targets.centralSubsidyProjects(), plannedAt, schedule, milestones));
        }
        return new Renovation(PROGRAMME_CODE, PROGRAMME_TITLE, List.copyOf(projects));
    }
}
