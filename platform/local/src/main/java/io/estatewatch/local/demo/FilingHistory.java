package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Decision;
import io.estatewatch.local.demo.DistrictPlan.Estate;
import io.estatewatch.local.demo.DistrictPlan.EstateAge;
import io.estatewatch.local.demo.DistrictPlan.Filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The filings of the district, in the order they were submitted, each with its decisions:
 * <ul>
 * <li>history: the preliminary contract that put each managed estate's company on it, years before the period (the
 * ones built lately in the year before);</li>
 * <li>the period's new estates: a pre-tender filing each (in the period as far as the period's count goes, else in
 * the year before), then a negotiated selection after a failed tender or a preliminary contract after a successful
 * one, then the takeover inspection; the rest of the period's takeovers on the estates built lately;</li>
 * <li>service-grade ratings and a project exit on established estates;</li>
 * <li>and a few that did not complete in the period: one returned for more material, one exit rejected because
 * the records were not handed over, one takeover still waiting for review.</li>
 * </ul>
 *
 * @param managerAtEnd estate key → company key once every filing is decided (what complaint routing follows)
 */
record FilingHistory(List<Filing> filings, Map<String, String> managerAtEnd) {

    private static final LocalDate PERIOD_START = LocalDate.of(2022, 1, 4);

    static FilingHistory generate(DemoFigures targets, DistrictRegister register, Random random) {
        Builder b = new Builder(targets, register, random);
        b.history();
        b.newEstates();
        b.takeoversOnRecentEstates();
        b.gradesExitsAndExtras();
        List<Filing> sorted = new ArrayList<>(b.filings);
        sorted.sort(Comparator.comparing(Filing::submittedAt).thenComparing(Filing::key));
        return new FilingHistory(List.copyOf(sorted), Map.copyOf(b.managers));
    }

    private static final class Builder {
        final DemoFigures targets;
        final DistrictRegister register;
        final Random random;
        final List<Filing> filings = new ArrayList<>();
        final Map<String, String> managers;
        final Map<String, Integer> counts;

        Builder(DemoFigures targets, DistrictRegister register, Random random) {
            this.targets = targets;
            this.register = register;
            this.random = random;
            this.managers = new LinkedHashMap<>(register.historicalManager());
            this.counts = targets.filingsCompleted();
        }

        void history() {
            for (Estate estate : register.estates()) {
                String company = register.historicalManager().get(estate.key());
                if (company == null) {
                    continue;
                }
                LocalDate submitted;
                if (estate.age() == EstateAge.RECENT) {
                    submitted = DistrictCalendar.someWorkingDay(random, LocalDate.of(2021, 5, 6), LocalDate.of(2021, 10, 29));
                } else {
                    int firstYear = Math.max(2012, Math.min(2021, estate.builtYear() + 1));
                    int year = firstYear + random.nextInt(2022 - firstYear);
                    LocalDate last = year == 2021 ? LocalDate.of(2021, 9, 30) : LocalDate.of(year, 12, 20);
                    submitted = DistrictCalendar.someWorkingDay(random, LocalDate.of(year, 1, 10), last);
                }
                BigDecimal fee = fee(estate);
                OffsetDateTime submittedAt = DistrictCalendar.inOfficeHours(random, submitted);
                LocalDate approved = DistrictCalendar.plusWorkingDays(submitted, 5 + random.nextInt(10));
                filings.add(contract("history-" + estate.key(), estate, company, submittedAt, approved, fee));
            }
        }

        void newEstates() {
            List<Estate> fresh = register.estatesOf(EstateAge.NEW);
            int negotiated = counts.get("NEGOTIATED_SELECTION");
            int contracted = counts.get("PRELIMINARY_CONTRACT");
            int selected = negotiated + contracted;
            int pending = fresh.size() - selected;
            int preTenderBudget = counts.get("PRE_TENDER");
            int takeovers = Math.min(counts.get("TAKEOVER_INSPECTION"), selected);

            // Pre-tender filings: the estates still tendering first, then the selected ones while the period's
            // count lasts; the others tendered in the year before.
            List<Estate> order = new ArrayList<>(fresh.subList(selected, fresh.size()));
            order.addAll(fresh.subList(0, selected));
            Map<String, LocalDate> preTenderApproved = new LinkedHashMap<>();
            for (int i = 0; i < order.size(); i++) {
                Estate estate = order.get(i);
                boolean inPeriod = i < preTenderBudget;
                LocalDate submitted = inPeriod
                        ? DistrictCalendar.someWorkingDay(random, PERIOD_START, i < pending
                                ? LocalDate.of(2022, 6, 10) : LocalDate.of(2022, 2, 25))
                        : DistrictCalendar.someWorkingDay(random, LocalDate.of(2021, 8, 2), LocalDate.of(2021, 11, 30));
                LocalDate approved = DistrictCalendar.plusWorkingDays(submitted, 4 + random.nextInt(8));
                preTenderApproved.put(estate.key(), approved);
                filings.add(new Filing("pre-tender-" + estate.key(), "PRE_TENDER", estate.key(), null,
                        DistrictCalendar.inOfficeHours(random, submitted), preTenderDetails(submitted),
                        List.of(approve(approved, "招标文件及备案材料齐全，予以备案"))));
            }

            for (int i = 0; i < selected; i++) {
                Estate estate = fresh.get(i);
                boolean byNegotiation = i < negotiated;
                String company = register.companies().get(random.nextInt(register.companies().size())).key();
                LocalDate earliest = DistrictCalendar.plusWorkingDays(
                        later(preTenderApproved.get(estate.key()), PERIOD_START), 5 + random.nextInt(10));
                LocalDate submitted = DistrictCalendar.someWorkingDay(random, earliest,
                        later(earliest, LocalDate.of(2022, 4, 29)));
                OffsetDateTime submittedAt = DistrictCalendar.inOfficeHours(random, submitted);
                LocalDate approved = DistrictCalendar.plusWorkingDays(submitted, 3 + random.nextInt(7));
                if (byNegotiation) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    boolean small = estate.households() < 400;
                    details.put("reason", small ? "SMALL_ESTATE" : "FEWER_THAN_THREE_BIDDERS");
                    if (!small) {
                        details.put("bidderCount", 1 + random.nextInt(2));
                    }
                    details.put("note", small ? "住宅规模较小，经批准采用协议方式选聘" : "公开招标投标人少于3个，招标失败");
                    filings.add(new Filing("negotiated-" + estate.key(), "NEGOTIATED_SELECTION", estate.key(), company,
                            submittedAt, details, List.of(approve(approved, "符合协议选聘条件，同意协议选聘"))));
                } else {
                    filings.add(contract("contract-" + estate.key(), estate, company, submittedAt, approved, fee(estate)));
                }
                managers.put(estate.key(), company);
                if (i < takeovers) {
                    LocalDate inspection = DistrictCalendar.plusWorkingDays(approved, 2 + random.nextInt(10));
                    takeover("takeover-" + estate.key(), estate, company, inspection, true);
                }
            }
        }

        void takeoversOnRecentEstates() {
            List<Estate> recent = register.estatesOf(EstateAge.RECENT);
            int count = DistrictRegister.takeoversOnRecentEstates(targets);
            for (int i = 0; i < count; i++) {
                Estate estate = recent.get(i);
                LocalDate inspection = DistrictCalendar.someWorkingDay(random, PERIOD_START, LocalDate.of(2022, 6, 2));
                takeover("takeover-" + estate.key(), estate, register.historicalManager().get(estate.key()),
                        inspection, true);
            }
            // The last one built lately files its takeover at the end of June: still waiting for review.
            Estate last = recent.get(recent.size() - 1);
            takeover("takeover-" + last.key(), last, register.historicalManager().get(last.key()),
                    DistrictCalendar.someWorkingDay(random, LocalDate.of(2022, 6, 13), LocalDate.of(2022, 6, 17)),
                    false);
        }

        void gradesExitsAndExtras() {
            List<Estate> pool = new ArrayList<>(register.estatesOf(EstateAge.ESTABLISHED).stream()
                    .filter(e -> register.historicalManager().containsKey(e.key()))
                    .filter(e -> !register.renovationEstates().contains(e.key()))
                    .toList());
            Collections.shuffle(pool, random);
            int next = 0;
            for (int i = 0; i < counts.get("SERVICE_GRADE"); i++) {
                grade(pool.get(next++), true);
            }
            for (int i = 0; i < counts.get("PROJECT_EXIT"); i++) {
                exit(pool.get(next++), true);
            }
            grade(pool.get(next++), false);
            exit(pool.get(next), false);
        }

        private void grade(Estate estate, boolean approved) {
            LocalDate submitted = DistrictCalendar.someWorkingDay(random,
                    approved ? LocalDate.of(2022, 2, 14) : LocalDate.of(2022, 5, 9), LocalDate.of(2022, 6, 8));
            double draw = random.nextDouble();
            String grade = draw < 0.2 ? "GRADE_1" : draw < 0.7 ? "GRADE_2" : "GRADE_3";
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("requestedGrade", grade);
            details.put("evidence", approved
                    ? List.of("物业服务等级评定申请表", "近三年业主满意度测评报告", "物业服务人员配置及持证情况表")
                    : List.of("物业服务等级评定申请表"));
            LocalDate decided = DistrictCalendar.plusWorkingDays(submitted, 5 + random.nextInt(10));
            Decision decision = approved ? approve(decided, "经现场核查，服务标准达到申请等级，予以核定")
                    : new Decision("RETURNED", "申报材料不全，请补正后重新报送",
                            List.of("近三年业主满意度测评报告", "物业服务人员配置及持证情况表"),
                            DistrictCalendar.inOfficeHours(random, decided));
            filings.add(new Filing((approved ? "grade-" : "grade-returned-") + estate.key(), "SERVICE_GRADE",
                    estate.key(), null, DistrictCalendar.inOfficeHours(random, submitted), details, List.of(decision)));
        }

        private void exit(Estate estate, boolean approved) {
            String company = managers.get(estate.key());
            LocalDate submitted = DistrictCalendar.someWorkingDay(random, LocalDate.of(2022, 4, 6), LocalDate.of(2022, 6, 2));
            LocalDate exitDate = submitted.plusDays(3 + random.nextInt(8));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("exitDate", exitDate.toString());
            details.put("recordsHandedOver", approved);
            details.put("fundsHandedOver", true);
            details.put("note", approved ? "合同期满不再续聘，资料、资金已移交社区代管" : "物业服务资料尚在清点");
            LocalDate decided = DistrictCalendar.plusWorkingDays(later(exitDate, submitted), 1 + random.nextInt(5));
            Decision decision = approved ? approve(decided, "资料、资金移交手续齐全，予以退出备案")
                    : new Decision("REJECTED", "物业服务资料尚未移交，不予退出备案", List.of(),
                            DistrictCalendar.inOfficeHours(random, decided));
            filings.add(new Filing((approved ? "exit-" : "exit-rejected-") + estate.key(), "PROJECT_EXIT",
                    estate.key(), company, DistrictCalendar.inOfficeHours(random, submitted), details,
                    List.of(decision)));
            if (approved) {
                managers.remove(estate.key());
            }
        }

        private void takeover(String key, Estate estate, String company, LocalDate inspection, boolean decided) {
            LocalDate handover = inspection.plusDays(random.nextInt(8));
            LocalDate submitted = DistrictCalendar.plusWorkingDays(handover, 1 + random.nextInt(3));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("inspectionDate", inspection.toString());
            details.put("itemsChecked", List.of("共用部位", "共用设施设备", "园林绿化", "消防设施", "电梯", "竣工图纸及资料"));
            List<String> defects = new ArrayList<>();
            if (random.nextBoolean()) {
                defects.add("地下车库局部渗水");
            }
            if (random.nextInt(3) == 0) {
                defects.add("部分单元门禁未调试");
            }
            details.put("defects", defects);
            details.put("handoverDate", handover.toString());
            List<Decision> decisions = decided
                    ? List.of(approve(DistrictCalendar.plusWorkingDays(submitted, 3 + random.nextInt(5)),
                            "查验记录完整，遗留问题已明确整改责任，予以备案"))
                    : List.of();
            filings.add(new Filing(key + (decided ? "" : "-pending"), "TAKEOVER_INSPECTION", estate.key(), company,
                    DistrictCalendar.inOfficeHours(random, submitted), details, decisions));
        }

        private Filing contract(String key, Estate estate, String company, OffsetDateTime submittedAt,
                                LocalDate approved, BigDecimal fee) {
            LocalDate termStart = approved.plusDays(random.nextInt(20));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("termStart", termStart.toString());
            details.put("termEnd", termStart.plusYears(2 + random.nextInt(2)).minusDays(1).toString());
            details.put("monthlyFeePerM2", fee);
            details.put("signedOn", submittedAt.toLocalDate().minusDays(3 + random.nextInt(15)).toString());
            return new Filing(key, "PRELIMINARY_CONTRACT", estate.key(), company, submittedAt, details,
                    List.of(approve(approved, "合同条款符合规定，予以备案")));
        }

        private Map<String, Object> preTenderDetails(LocalDate submitted) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("developer", DistrictNames.developer(random));
            boolean invited = random.nextInt(4) == 0;
            details.put("tenderMethod", invited ? "INVITED" : "PUBLIC");
            if (invited) {
                List<String> bidders = new ArrayList<>();
                while (bidders.size() < 3) {
                    String name = register.companies().get(random.nextInt(register.companies().size())).name();
                    if (!bidders.contains(name)) {
                        bidders.add(name);
                    }
                }
                details.put("invitedBidders", bidders);
            }
            details.put("plannedTenderDate", submitted.plusDays(20 + random.nextInt(20)).toString());
            return details;
        }

        private BigDecimal fee(Estate estate) {
            int cents = estate.builtYear() < 2000 ? 50 + random.nextInt(70)
                    : estate.builtYear() < 2016 ? 100 + random.nextInt(150) : 180 + random.nextInt(140);
            return BigDecimal.valueOf(cents, 2);
        }

        private Decision approve(LocalDate day, String reason) {
            return new Decision("APPROVED", reason, List.of(), DistrictCalendar.inOfficeHours(random, day));
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
