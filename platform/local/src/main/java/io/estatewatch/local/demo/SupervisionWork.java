package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Assessment;
import io.estatewatch.local.demo.DistrictPlan.DisorderCase;
import io.estatewatch.local.demo.DistrictPlan.DisorderStep;
import io.estatewatch.local.demo.DistrictPlan.EpidemicCheck;
import io.estatewatch.local.demo.DistrictPlan.Estate;
import io.estatewatch.local.demo.DistrictPlan.EstateAge;
import io.estatewatch.local.demo.DistrictPlan.FireLaneCheck;
import io.estatewatch.local.demo.DistrictPlan.Interview;
import io.estatewatch.local.demo.DistrictPlan.LaneFeature;
import io.estatewatch.local.demo.DistrictPlan.OutreachHandout;
import io.estatewatch.local.demo.DistrictPlan.ReInspection;
import io.estatewatch.local.demo.DistrictPlan.Rectification;
import io.estatewatch.local.demo.DistrictPlan.Round;
import io.estatewatch.local.demo.DistrictPlan.Score;
import io.estatewatch.local.demo.DistrictPlan.Street;
import io.estatewatch.local.demo.DistrictPlan.SupplyHandout;

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
import java.util.Set;

/**
 * The section's supervision work in the period: the epidemic checks of February and the supplies handed to the
 * companies by the end of April, the first-quarter civilised-city round over the urban streets and the towns
 * around them (a few estates under 60, exposed, interviewed, ordered to rectify and re-inspected; a few more
 * interviewed for poor results), the fire-lane inspections of the urban streets, the disorder cases and the copies
 * of the regulation handed out.
 */
record SupervisionWork(Assessment assessment, List<FireLaneCheck> fireLaneChecks, List<DisorderCase> disorderCases,
                       List<EpidemicCheck> epidemicChecks, List<SupplyHandout> supplies,
                       List<OutreachHandout> outreach) {

    static final String CHECKLIST = "civilised-city";
    static final BigDecimal THRESHOLD = BigDecimal.valueOf(60);
    static final String ROUND_NAME_SUFFIX = "-Q1";

    /** The items of the service's default checklist (civilised-city v1) and their maximum scores. */
    static final Map<String, Integer> CHECKLIST_ITEMS = checklistItems();

    private static Map<String, Integer> checklistItems() {
        Map<String, Integer> items = new LinkedHashMap<>();
        items.put("SAN-01", 10);
        items.put("SAN-02", 8);
        items.put("SAN-03", 7);
        items.put("SAN-04", 5);
        items.put("FIRE-01", 8);
        items.put("FIRE-02", 6);
        items.put("FIRE-03", 6);
        items.put("ORD-01", 8);
        items.put("ORD-02", 7);
        items.put("ORD-03", 5);
        items.put("ORD-04", 5);
        items.put("FAC-01", 5);
        items.put("FAC-02", 5);
        items.put("FAC-03", 5);
        items.put("PUB-01", 5);
        items.put("PUB-02", 5);
        return Collections.unmodifiableMap(items);
    }

    private static final List<String> DISORDER_LADDER = List.of("COMPANY_PERSUASION", "OWNER_NOTICE",
            "COMMUNITY_REPORT", "JOINT_CLEARING", "FIRE_RESCUE_REPORT", "TOWING_REQUEST");
    private static final Map<String, String> DISORDER_NOTES = Map.of(
            "COMPANY_PERSUASION", "物业公司现场劝阻", "OWNER_NOTICE", "张贴告知单，告知业主限期自行清理",
            "COMMUNITY_REPORT", "业主拒不整改，报告属地社区、街道", "JOINT_CLEARING", "社区、街道组织集中行动统一清理",
            "FIRE_RESCUE_REPORT", "拒不清理，依法报告消防救援机构", "TOWING_REQUEST", "申请交管部门拖移车辆");

    static SupervisionWork generate(DemoFigures targets, DistrictRegister register, FilingHistory filings,
                                    Random random) {
        int year = targets.from().getYear();
        List<Estate> standing = register.estates().stream().filter(e -> e.age() != EstateAge.NEW).toList();
        Map<String, String> managers = filings.managerAtEnd();
        Set<String> exiting = Set.copyOf(filings.filings().stream()
                .filter(f -> f.type().equals("PROJECT_EXIT")).map(f -> f.estateKey()).toList());

        List<EpidemicCheck> epidemic = new ArrayList<>();
        for (Estate estate : standing) {
            LocalDate day = DistrictCalendar.someWorkingDay(random, LocalDate.of(year, 2, 7), LocalDate.of(year, 2, 28));
            epidemic.add(new EpidemicCheck("epidemic-" + estate.key(), estate.key(), true, true,
                    DistrictCalendar.at(day, 9 + random.nextInt(3), random.nextInt(60))));
        }

        Assessment assessment = assessment(targets, register, standing, managers, exiting, random);
        List<FireLaneCheck> lanes = fireLanes(register, standing, year, random);
        List<DisorderCase> disorders = disorders(standing, managers, year, random);
        List<SupplyHandout> supplies = supplies(targets, register, managers, year, random);
        List<OutreachHandout> outreach = outreach(targets, year, random);
        return new SupervisionWork(assessment, lanes, disorders, List.copyOf(epidemic), supplies, outreach);
    }

    private static Assessment assessment(DemoFigures targets, DistrictRegister register, List<Estate> standing,
                                         Map<String, String> managers, Set<String> exiting, Random random) {
        int year = targets.from().getYear();
        List<String> streets = register.streets().stream().filter(Street::assessed).map(Street::name).toList();
        List<Estate> scope = standing.stream().filter(e -> streets.contains(e.street())).toList();
        LocalDate opened = DistrictCalendar.workingDayFrom(LocalDate.of(year, 3, 7));
        LocalDate published = DistrictCalendar.workingDayFrom(LocalDate.of(year, 4, 8));

        List<Estate> candidates = new ArrayList<>(scope.stream()
                .filter(e -> managers.containsKey(e.key()) && !exiting.contains(e.key())).toList());
        Collections.shuffle(candidates, random);
        int below = Math.min(targets.estatesBelow60(), candidates.size() / 3);
        int poor = Math.max(1, below);
        List<String> belowKeys = candidates.subList(0, below).stream().map(Estate::key).toList();
        List<String> poorKeys = candidates.subList(below, Math.min(candidates.size(), below + poor)).stream()
                .map(Estate::key).toList();

        List<Score> scores = new ArrayList<>();
        for (Estate estate : scope) {
            double total;
            if (belowKeys.contains(estate.key())) {
                total = 48 + random.nextInt(23) * 0.5;          // 48 … 59
            } else if (poorKeys.contains(estate.key())) {
                total = 60.5 + random.nextInt(10) * 0.5;        // 60.5 … 65
            } else {
                total = Math.max(66, Math.min(98, Math.round((85 + random.nextGaussian() * 6) * 2) / 2.0));
            }
            LocalDate day = DistrictCalendar.someWorkingDay(random, opened.plusDays(1), LocalDate.of(year, 3, 25));
            scores.add(new Score(estate.key(), itemScores(random, total), DistrictCalendar.inOfficeHours(random, day),
                    belowKeys.contains(estate.key()) ? "区融媒体中心《创城现场直击》栏目现场曝光" : null));
        }
        scores.sort(Comparator.comparing(Score::at));

        Map<String, Estate> estates = new LinkedHashMap<>();
        register.estates().forEach(e -> estates.put(e.key(), e));
        Map<String, String> companyNames = new LinkedHashMap<>();
        register.companies().forEach(c -> companyNames.put(c.key(), c.name()));
        List<Interview> interviews = new ArrayList<>();
        List<Rectification> rectifications = new ArrayList<>();
        for (Score score : scores) {
            Estate estate = estates.get(score.estateKey());
            List<String> attendees = List.of(estate.street(), estate.community(),
                    companyNames.get(managers.get(estate.key())) + "负责人");
            if (belowKeys.contains(score.estateKey())) {
                LocalDate scored = score.at().toLocalDate();
                interviews.add(new Interview(estate.key(), true, score.at(), null, null,
                        DistrictCalendar.at(DistrictCalendar.workingDayFrom(scored.plusDays(7)), 14, 30), attendees,
                        "物业负责人表态：立即组织整改，十五日内对标达标，接受回头看。"));
                LocalDate first = DistrictCalendar.plusWorkingDays(scored, 12 + random.nextInt(3));
                LocalDate second = DistrictCalendar.plusWorkingDays(first, 12 + random.nextInt(3));
                List<ReInspection> checks = switch (random.nextInt(3)) {
                    case 0 -> List.of(new ReInspection("VERIFIED", DistrictCalendar.at(first, 10, 0), "整改到位"));
                    case 1 -> List.of(new ReInspection("FAILED", DistrictCalendar.at(first, 10, 0), "环境卫生整改不到位"),
                            new ReInspection("VERIFIED", DistrictCalendar.at(second, 10, 0), "再次整治后达标"));
                    default -> List.of(new ReInspection("FAILED", DistrictCalendar.at(first, 10, 0),
                            "正在进行“两补一化”施工，基础设施尚未完善"));
                };
                rectifications.add(new Rectification(estate.key(), checks));
            } else if (poorKeys.contains(score.estateKey())) {
                LocalDate arranged = DistrictCalendar.plusWorkingDays(published, 1 + random.nextInt(3));
                OffsetDateTime at = DistrictCalendar.at(DistrictCalendar.plusWorkingDays(arranged, 3), 9, 30);
                interviews.add(new Interview(estate.key(), false, DistrictCalendar.at(arranged, 16, 0), at,
                        year + ROUND_NAME_SUFFIX + "考评成绩较差", at, attendees,
                        "物业负责人表态：按照创城检查标准逐项整改。"));
            }
        }
        List<String> inspectors = List.of(DistrictNames.person(random), DistrictNames.person(random),
                DistrictNames.person(random));
        Round round = new Round(year + ROUND_NAME_SUFFIX, CHECKLIST, DistrictCalendar.at(opened, 9, 0),
                DistrictCalendar.at(LocalDate.of(year, 3, 31), 17, 30), streets,
                scope.stream().map(Estate::key).toList(), inspectors, THRESHOLD, DistrictCalendar.at(published, 10, 0));
        return new Assessment(round, List.copyOf(scores), List.copyOf(interviews), List.copyOf(rectifications));
    }

    /** Item scores in half points, each within its maximum, adding up to {@code total}. */
    static Map<String, BigDecimal> itemScores(Random random, double total) {
        List<String> codes = new ArrayList<>(CHECKLIST_ITEMS.keySet());
        Map<String, Integer> deductedHalves = new LinkedHashMap<>();
        int halves = (int) Math.round((100 - total) * 2);
        double[] weights = codes.stream().mapToDouble(CHECKLIST_ITEMS::get).toArray();
        while (halves > 0) {
            String code = codes.get(Apportion.pick(random, weights));
            int taken = deductedHalves.getOrDefault(code, 0);
            if (taken < CHECKLIST_ITEMS.get(code) * 2) {
                deductedHalves.put(code, taken + 1);
                halves--;
            }
        }
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (String code : codes) {
            items.put(code, BigDecimal.valueOf(CHECKLIST_ITEMS.get(code) * 2 - deductedHalves.getOrDefault(code, 0), 0)
                    .divide(BigDecimal.valueOf(2)).stripTrailingZeros().setScale(1));
        }
        return Collections.unmodifiableMap(items);
    }

    private static List<FireLaneCheck> fireLanes(DistrictRegister register, List<Estate> standing, int year,
                                                 Random random) {
        List<FireLaneCheck> checks = new ArrayList<>();
        LaneFeature ok = new LaneFeature(true, true);
        for (Estate estate : standing) {
            if (!register.street(estate.street()).urban()) {
                continue;
            }
            LocalDate day = DistrictCalendar.someWorkingDay(random, LocalDate.of(year, 4, 6), LocalDate.of(year, 5, 27));
            OffsetDateTime at = DistrictCalendar.inOfficeHours(random, day);
            int draw = random.nextInt(100);
            if (draw < 75) {
                checks.add(new FireLaneCheck("fire-lane-" + estate.key() + "-1", estate.key(), ok, ok, ok, List.of(),
                        "标线、标志、标识齐全规范", at));
            } else if (draw < 90) {
                LaneFeature weak = new LaneFeature(true, false);
                boolean markings = random.nextBoolean();
                checks.add(new FireLaneCheck("fire-lane-" + estate.key() + "-1", estate.key(), markings ? weak : ok,
                        markings ? ok : weak, ok,
                        List.of(markings ? "标线颜色褪色、宽度不足" : "标志设置位置不规范"), "施划质量不高", at));
            } else {
                LaneFeature missing = new LaneFeature(false, false);
                boolean both = random.nextBoolean();
                checks.add(new FireLaneCheck("fire-lane-" + estate.key() + "-1", estate.key(), missing,
                        both ? missing : ok, ok, List.of(), "消防车通道标线缺失，责令限期施划", at));
                if (random.nextBoolean()) {
                    LocalDate again = DistrictCalendar.someWorkingDay(random, LocalDate.of(year, 6, 6), LocalDate.of(year, 6, 24));
                    checks.add(new FireLaneCheck("fire-lane-" + estate.key() + "-2", estate.key(), ok, ok, ok, List.of(),
                            "复查：已完成施划", DistrictCalendar.inOfficeHours(random, again)));
                }
            }
        }
        checks.sort(Comparator.comparing(FireLaneCheck::at));
        return List.copyOf(checks);
    }

    private static List<DisorderCase> disorders(List<Estate> standing, Map<String, String> managers, int year,
                                                Random random) {
        List<Estate> managed = standing.stream().filter(e -> managers.containsKey(e.key())).toList();
        int count = Math.max(4, Math.round(standing.size() * 0.17f));
        OffsetDateTime end = DistrictCalendar.endOf(LocalDate.of(year, 6, 30));
        List<DisorderCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Estate estate = managed.get(random.nextInt(managed.size()));
            boolean parking = random.nextInt(100) < 60;
            int depth = parking ? 1 + random.nextInt(6) : 1 + random.nextInt(4);
            LocalDate day = DistrictCalendar.someWorkingDay(random, LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 10));
            List<DisorderStep> steps = new ArrayList<>();
            for (int s = 0; s < depth; s++) {
                OffsetDateTime at = DistrictCalendar.inOfficeHours(random, day);
                if (!at.isBefore(end)) {
                    break;
                }
                String step = DISORDER_LADDER.get(s);
                steps.add(new DisorderStep(step, at, DISORDER_NOTES.get(step)));
                day = DistrictCalendar.plusWorkingDays(day, 2 + random.nextInt(5));
            }
            OffsetDateTime closed = DistrictCalendar.inOfficeHours(random, day);
            boolean close = random.nextInt(100) < 70 && closed.isBefore(end)
                    && closed.isAfter(steps.get(steps.size() - 1).at());
            cases.add(new DisorderCase(String.format("disorder-%03d", i + 1), estate.key(),
                    parking ? "PARKING" : "CORRIDOR_CLUTTER", List.copyOf(steps), close ? closed : null,
                    close ? "已清理完毕" : null));
        }
        cases.sort(Comparator.comparing(c -> c.steps().get(0).at()));
        return List.copyOf(cases);
    }

    private static List<SupplyHandout> supplies(DemoFigures targets, DistrictRegister register,
                                                Map<String, String> managers, int year, Random random) {
        List<String> companies = register.companies().stream().map(c -> c.key())
                .filter(managers::containsValue).toList();
        Map<String, Integer> steps = Map.of("MASK", 100, "DISINFECTANT", 50, "GLOVES", 10);
        List<SupplyHandout> handouts = new ArrayList<>();
        for (String item : List.of("MASK", "DISINFECTANT", "GLOVES")) {
            DemoFigures.Supply total = targets.supplies().get(item);
            int step = steps.get(item);
            int units = total.quantity() / step;
            int count = Math.max(1, Math.min(units, 3 + random.nextInt(5)));
            int[] parts = Apportion.inSteps(units * step, step, Apportion.jittered(random, count));
            int rest = total.quantity() - units * step;
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                days.add(DistrictCalendar.someWorkingDay(random, LocalDate.of(year, 2, 7), LocalDate.of(year, 4, 29)));
            }
            Collections.sort(days);
            for (int i = 0; i < count; i++) {
                int quantity = parts[i] + (i == 0 ? rest : 0);
                if (quantity > 0) {
                    handouts.add(new SupplyHandout("supplies-" + item + "-" + (i + 1),
                            companies.get(random.nextInt(companies.size())), item, total.unit(), quantity,
                            DistrictCalendar.inOfficeHours(random, days.get(i))));
                }
            }
        }
        handouts.sort(Comparator.comparing(SupplyHandout::at));
        return List.copyOf(handouts);
    }

    private static List<OutreachHandout> outreach(DemoFigures targets, int year, Random random) {
        List<String> types = List.of("STREET", "COMPANY", "OWNER");
        int[] perType = Apportion.largestRemainder(targets.regulationCopies(), new double[] {0.15, 0.35, 0.5});
        List<OutreachHandout> handouts = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            int count = Math.max(1, Math.min(perType[t], 1 + random.nextInt(3)));
            int[] parts = perType[t] == 0 ? new int[0] : Apportion.largestRemainder(perType[t], Apportion.jittered(random, count));
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] > 0) {
                    LocalDate day = DistrictCalendar.someWorkingDay(random, LocalDate.of(year, 3, 1), LocalDate.of(year, 6, 24));
                    handouts.add(new OutreachHandout("outreach-" + types.get(t) + "-" + (i + 1), types.get(t), parts[i],
                            DistrictCalendar.inOfficeHours(random, day)));
                }
            }
        }
        handouts.sort(Comparator.comparing(OutreachHandout::at));
        return List.copyOf(handouts);
    }
}
