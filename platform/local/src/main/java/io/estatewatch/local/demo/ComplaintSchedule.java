package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Assignee;
import io.estatewatch.local.demo.DistrictPlan.Complaint;
import io.estatewatch.local.demo.DistrictPlan.Estate;
import io.estatewatch.local.demo.DistrictPlan.EstateAge;
import io.estatewatch.local.demo.DistrictPlan.Step;
import io.estatewatch.local.demo.DistrictPlan.StepKind;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The period's complaints: each channel's count spread over the months (fewer around the Spring Festival, more
 * towards summer), over the categories in the proportions a district sees, and over the estates by their size; each
 * with the steps of its handling (response, resolution, the citizen's callback), some answered late, some urged,
 * some reopened after a dissatisfied callback, a few merged as duplicates of a complaint another channel brought,
 * and the ones received at the end of the period still open. Hotline systems push their channels with ticket
 * numbers; the section's staff enter visits and calls, the conduct hotline's cases and the bureau's referral
 * letters.
 */
final class ComplaintSchedule {

    /** Pushed by hotline systems with their API key; the others are entered by staff. */
    static final Set<String> HOTLINE_SYSTEM_CHANNELS = Set.of("MAYOR_HOTLINE", "CITIZEN_FORUM", "PEOPLE_DAILY_BOARD");

    private static final Map<String, String> TICKET_PREFIXES = Map.of(
            "MAYOR_HOTLINE", "12345-%d-%06d", "CITIZEN_FORUM", "BXCY-%d-%05d", "PEOPLE_DAILY_BOARD", "RMW-%d-%04d",
            "VISIT_CALL", "LFLD-%d-%04d", "CONDUCT_HOTLINE", "ZFHF-%d-%03d", "BUREAU_REFERRAL", "ZJJB-%d-%03d");

    /** Relative complaint volume per calendar month (index 0 = January). */
    private static final double[] MONTH_WEIGHTS = {0.85, 0.72, 1.0, 1.0, 1.1, 1.2, 1.25, 1.2, 1.05, 0.95, 0.9, 0.85};

    static final Map<String, Double> CATEGORY_WEIGHTS = categoryWeights();

    private static Map<String, Double> categoryWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("REPAIRS", 18.0);
        w.put("PARKING", 15.0);
        w.put("FEES", 13.0);
        w.put("SANITATION", 10.0);
        w.put("CORRIDOR_CLUTTER", 7.0);
        w.put("ELEVATOR", 6.0);
        w.put("SECURITY", 5.0);
        w.put("EV_CHARGING", 5.0);
        w.put("GREENERY", 4.0);
        w.put("NOISE", 4.0);
        w.put("FIRE_SAFETY", 3.5);
        w.put("ILLEGAL_CONSTRUCTION", 3.5);
        w.put("SERVICE_ATTITUDE", 3.5);
        w.put("OTHER", 2.5);
        return Map.copyOf(w);
    }

    private static final List<String> CATEGORY_ORDER = List.of("REPAIRS", "PARKING", "FEES", "SANITATION",
            "CORRIDOR_CLUTTER", "ELEVATOR", "SECURITY", "EV_CHARGING", "GREENERY", "NOISE", "FIRE_SAFETY",
            "ILLEGAL_CONSTRUCTION", "SERVICE_ATTITUDE", "OTHER");

    private static final Map<String, List<String>> DESCRIPTIONS = Map.ofEntries(
            Map.entry("PARKING", List.of("{e}{b}栋楼下机动车长期乱停乱放，堵塞消防通道，物业不管。",
                    "{e}电动车在单元门口随意停放，影响通行，请督促物业整改。", "{e}外来车辆随意进出停放，业主车位被占。")),
            Map.entry("CORRIDOR_CLUTTER", List.of("{e}{b}栋楼道内堆放大量杂物，存在消防隐患。",
                    "{e}{b}栋有住户在楼道堆放纸箱和旧家具，多次反映无果。")),
            Map.entry("FEES", List.of("{e}物业费上涨未经业主大会同意，要求说明收费依据。", "{e}物业未公示公共收益收支情况。",
                    "{e}停车管理费收取标准不明确，要求公示。")),
            Map.entry("REPAIRS", List.of("{e}{b}栋屋顶漏水，报修多次未处理。", "{e}{b}栋单元门禁损坏一个月未修。",
                    "{e}地下管网堵塞，污水外溢。", "{e}{b}栋楼道灯损坏，夜间出行不便。")),
            Map.entry("SANITATION", List.of("{e}垃圾清运不及时，垃圾桶满溢发臭。", "{e}{b}栋周边卫生差，长期无人清扫。")),
            Map.entry("SECURITY", List.of("{e}小区大门无人值守，外来人员随意进出。", "{e}夜间巡逻不到位，电动车被盗。")),
            Map.entry("GREENERY", List.of("{e}绿化带被住户毁绿种菜，物业未制止。", "{e}树木长期未修剪，遮挡{b}栋低层采光。")),
            Map.entry("ELEVATOR", List.of("{e}{b}栋电梯频繁故障，曾发生困人。", "{e}{b}栋电梯年检标志过期。")),
            Map.entry("FIRE_SAFETY", List.of("{e}{b}栋消火栓无水，灭火器过期。", "{e}消防车通道被占用，消防设施缺失。")),
            Map.entry("EV_CHARGING", List.of("{e}{b}栋有住户飞线充电，存在安全隐患。", "{e}电动车充电桩数量不足，要求增设。")),
            Map.entry("ILLEGAL_CONSTRUCTION", List.of("{e}{b}栋一楼住户私自搭建阳光房，占用公共绿地。",
                    "{e}{b}栋顶楼住户违章加盖。")),
            Map.entry("NOISE", List.of("{e}夜间装修施工噪音扰民。", "{e}{b}栋楼下广场舞音响声音过大。")),
            Map.entry("SERVICE_ATTITUDE", List.of("{e}物业客服态度恶劣，推诿扯皮。", "{e}物业管家长期联系不上。")),
            Map.entry("OTHER", List.of("{e}物业未按合同约定提供服务。", "{e}快递柜占用消防通道。")));

    private static final Map<String, String> RESOLUTIONS = Map.ofEntries(
            Map.entry("PARKING", "已组织清理乱停车辆，增设禁停标识并加强巡查。"),
            Map.entry("CORRIDOR_CLUTTER", "已告知业主自行清理，楼道杂物已清除。"),
            Map.entry("FEES", "已向业主说明收费依据，并在公告栏公示收支情况。"),
            Map.entry("REPAIRS", "已安排维修人员上门维修完毕。"),
            Map.entry("SANITATION", "已增加清运频次，现场卫生已整治。"),
            Map.entry("SECURITY", "已增派门岗人员，加强夜间巡逻。"),
            Map.entry("GREENERY", "已恢复绿化并修剪树木。"),
            Map.entry("ELEVATOR", "已联系维保单位检修，电梯恢复正常运行。"),
            Map.entry("FIRE_SAFETY", "已更换灭火器、恢复消火栓供水，清理消防车通道。"),
            Map.entry("EV_CHARGING", "已拆除飞线，协调增设充电桩。"),
            Map.entry("ILLEGAL_CONSTRUCTION", "已会同街道执法中队责令拆除。"),
            Map.entry("NOISE", "已协调施工时间，噪音问题已解决。"),
            Map.entry("SERVICE_ATTITUDE", "已对相关人员批评教育，并向业主致歉。"),
            Map.entry("OTHER", "已督促物业按合同约定整改。"));

    private static final List<String> RESPONSES = List.of(
            "已联系投诉人，安排人员现场查看。", "已受理，物业管家当日上门了解情况。", "已电话回复投诉人，约定处理时间。");

    private ComplaintSchedule() {
    }

    static List<Complaint> generate(DemoFigures targets, DistrictRegister register, FilingHistory filings,
                                    Random random) {
        OffsetDateTime periodEnd = DistrictCalendar.endOf(targets.to());
        List<Estate> eligible = register.estates().stream().filter(e -> e.age() != EstateAge.NEW).toList();
        double[] estateWeights = eligible.stream().mapToDouble(e -> Math.sqrt(e.households())).toArray();

        // When and on which channel.
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(targets.from()); !m.isAfter(YearMonth.from(targets.to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        double[] monthWeights = months.stream().mapToDouble(m -> MONTH_WEIGHTS[m.getMonthValue() - 1]).toArray();
        record Arrival(String channel, OffsetDateTime at) {
        }
        List<Arrival> arrivals = new ArrayList<>();
        for (String channel : DemoFigures.CHANNELS) {
            int[] perMonth = Apportion.largestRemainder(targets.complaintsByChannel().get(channel), monthWeights);
            for (int m = 0; m < months.size(); m++) {
                LocalDate first = later(months.get(m).atDay(1), targets.from());
                LocalDate last = earlier(months.get(m).atEndOfMonth(), targets.to());
                for (int i = 0; i < perMonth[m]; i++) {
                    arrivals.add(new Arrival(channel, arrival(random, channel, first, last)));
                }
            }
        }
        arrivals.sort(Comparator.comparing(Arrival::at).thenComparing(Arrival::channel));

        // What about: the categories in their proportions, shuffled over the arrivals.
        double[] categoryWeights = CATEGORY_ORDER.stream().mapToDouble(CATEGORY_WEIGHTS::get).toArray();
        int[] perCategory = Apportion.largestRemainder(arrivals.size(), categoryWeights);
        List<String> categories = new ArrayList<>();
        for (int c = 0; c < perCategory.length; c++) {
            categories.addAll(Collections.nCopies(perCategory[c], CATEGORY_ORDER.get(c)));
        }
        Collections.shuffle(categories, random);

        Map<String, Integer> tickets = new LinkedHashMap<>();
        Set<String> phones = new HashSet<>();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival arrival = arrivals.get(i);
            Estate estate = eligible.get(Apportion.pick(random, estateWeights));
            String category = categories.get(i);
            int ticket = tickets.merge(arrival.channel(), arrival.channel().equals("MAYOR_HOTLINE")
                    ? 5 + random.nextInt(60) : 1, Integer::sum);
            String externalId = String.format(TICKET_PREFIXES.get(arrival.channel()), arrival.at().getYear(), ticket);
            boolean hotline = HOTLINE_SYSTEM_CHANNELS.contains(arrival.channel());
            int building = 1 + random.nextInt(Math.max(1, Math.min(estate.buildings(), 40)));
            String description = describe(random, category, estate.name(), building);
            // Hotline systems know an address, not the register: some name the estate in free text only.
            boolean byAddress = hotline && random.nextInt(100) < 12;
            drafts.add(new Draft(String.format("complaint-%04d", i + 1), arrival.channel(), externalId, arrival.at(),
                    estate, byAddress, category, description, DistrictNames.person(random),
                    DistrictNames.mobile(random, phones), hotline, building));
        }

        List<List<Step>> lifecycles = new ArrayList<>();
        for (Draft d : drafts) {
            lifecycles.add(lifecycle(random, d));
        }
        Set<Integer> duplicates = duplicates(random, drafts, targets.complaints());
        Map<Integer, Integer> originalOf = new LinkedHashMap<>();
        Map<Integer, OffsetDateTime> mergedAt = new LinkedHashMap<>();
        for (int index : duplicates) {
            Draft duplicate = drafts.get(index);
            OffsetDateTime merge = DistrictCalendar.plusOfficeMinutes(duplicate.receivedAt, 30 + random.nextInt(200));
            for (int candidate = index - 1; candidate >= 0; candidate--) {
                Draft original = drafts.get(candidate);
                Duration gap = Duration.between(original.receivedAt, duplicate.receivedAt);
                if (gap.compareTo(Duration.ofDays(3)) > 0) {
                    break;
                }
                boolean stillOpen = lifecycles.get(candidate).stream()
                        .noneMatch(s -> s.kind() == StepKind.CALLBACK && !s.at().isAfter(merge));
                if (gap.compareTo(Duration.ofHours(2)) >= 0 && stillOpen && !duplicates.contains(candidate)
                        && !originalOf.containsValue(candidate) && !original.channel.equals(duplicate.channel)
                        && !original.byAddress) {
                    originalOf.put(index, candidate);
                    mergedAt.put(index, merge);
                    break;
                }
            }
        }

        List<Complaint> complaints = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Integer original = originalOf.get(i);
            if (original != null) {
                Draft o = drafts.get(original);
                d = new Draft(d.key, d.channel, d.externalId, d.receivedAt, o.estate, false, o.category,
                        "再次反映：" + o.description, o.name, o.phone, d.hotline, o.building);
            }
            Estate estate = d.estate;
            String company = filings.managerAtEnd().get(estate.key());
            Assignee assignee = company != null ? new Assignee("COMPANY", company) : new Assignee("STREET", estate.street());
            List<Step> steps = original != null
                    ? List.of(new Step(StepKind.MERGE, mergedAt.get(i), null, null, drafts.get(original).key))
                    : lifecycles.get(i);
            List<Step> kept = steps.stream().filter(s -> s.at().isBefore(periodEnd)).toList();
            String address = d.byAddress
                    ? estate.street() + estate.address() + estate.name() + d.building + "栋" : null;
            complaints.add(new Complaint(d.key, d.channel, d.externalId, d.receivedAt, d.byAddress ? null : estate.key(),
                    address, d.category, d.description, d.name, d.phone, d.hotline, assignee, kept,
                    finalStatus(kept)));
        }
        return List.copyOf(complaints);
    }

    /** A complaint's merge must come while its original is still open: originals close later than that. */
    static boolean mergeBeforeOriginalCloses(List<Complaint> complaints) {
        Map<String, Complaint> byKey = new LinkedHashMap<>();
        complaints.forEach(c -> byKey.put(c.key(), c));
        for (Complaint c : complaints) {
            for (Step step : c.steps()) {
                if (step.kind() == StepKind.MERGE) {
                    Complaint original = byKey.get(step.mergeInto());
                    boolean closedBefore = original.steps().stream().anyMatch(s -> s.kind() == StepKind.CALLBACK
                            && !s.at().isAfter(step.at()));
                    if (closedBefore) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private record Draft(String key, String channel, String externalId, OffsetDateTime receivedAt, Estate estate,
                         boolean byAddress, String category, String description, String name, String phone,
                         boolean hotline, int building) {
    }

    private static OffsetDateTime arrival(Random random, String channel, LocalDate first, LocalDate last) {
        if (HOTLINE_SYSTEM_CHANNELS.contains(channel)) {
            int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
            LocalDate day = first.plusDays(random.nextInt(days));
            return DistrictCalendar.at(day, LocalTime.of(7, 0).plusMinutes(random.nextInt(15 * 60)));
        }
        return DistrictCalendar.inOfficeHours(random, DistrictCalendar.someWorkingDay(random, first, last));
    }

    /** Some 0.8 % of the complaints repeat one another channel brought shortly before. */
    private static Set<Integer> duplicates(Random random, List<Draft> drafts, int total) {
        int wanted = Math.max(1, Math.round(total * 0.008f));
        Set<Integer> chosen = new java.util.TreeSet<>();
        for (int attempt = 0; chosen.size() < wanted && attempt < wanted * 50; attempt++) {
            int index = 10 + random.nextInt(Math.max(1, drafts.size() - 10));
            if (index < drafts.size() && !drafts.get(index).byAddress) {
                chosen.add(index);
            }
        }
        return chosen;
    }

    private static List<Step> lifecycle(Random random, Draft d) {
        List<Step> steps = new ArrayList<>();
        OffsetDateTime t = d.receivedAt;
        if (d.byAddress) {
            // The triage queue: staff dispatch it once they recognise the estate.
            t = DistrictCalendar.plusOfficeMinutes(t, 20 + random.nextInt(90));
            steps.add(new Step(StepKind.ASSIGNMENT, t, null, null, null));
        }
        int draw = random.nextInt(100);
        if (draw < 93) {
            t = DistrictCalendar.plusOfficeMinutes(t, 20 + random.nextInt(400));
        } else if (draw < 96) {
            t = DistrictCalendar.plusOfficeMinutes(t, 1_600 + random.nextInt(1_600));
        } else {
            t = DistrictCalendar.plusOfficeMinutes(t, 540 + random.nextInt(540));
            steps.add(new Step(StepKind.URGING, t, "请于今日内联系投诉人并反馈处理情况。", null, null));
            t = DistrictCalendar.plusOfficeMinutes(t, 30 + random.nextInt(210));
        }
        steps.add(new Step(StepKind.RESPONSE, t, RESPONSES.get(random.nextInt(RESPONSES.size())), null, null));
        t = DistrictCalendar.plusOfficeMinutes(t, random.nextInt(100) < 95 ? 60 + random.nextInt(1_000)
                : 3_000 + random.nextInt(3_000));
        steps.add(new Step(StepKind.RESOLUTION, t, RESOLUTIONS.get(d.category), null, null));
        t = DistrictCalendar.plusOfficeMinutes(t, 300 + random.nextInt(1_200));
        int satisfaction = random.nextInt(100);
        if (satisfaction < 91) {
            steps.add(new Step(StepKind.CALLBACK, t, null, satisfaction < 62 ? "SATISFIED" : "BASICALLY_SATISFIED", null));
            return steps;
        }
        steps.add(new Step(StepKind.CALLBACK, t, null, "DISSATISFIED", null));
        t = DistrictCalendar.plusOfficeMinutes(t, 600 + random.nextInt(2_400));
        steps.add(new Step(StepKind.RESOLUTION, t, "二次上门处理，" + RESOLUTIONS.get(d.category), null, null));
        t = DistrictCalendar.plusOfficeMinutes(t, 300 + random.nextInt(700));
        steps.add(new Step(StepKind.CALLBACK, t, null, random.nextInt(100) < 70 ? "BASICALLY_SATISFIED" : "DISSATISFIED",
                null));
        return steps;
    }

    static String finalStatus(List<Step> steps) {
        String status = "ASSIGNED";
        for (Step step : steps) {
            status = switch (step.kind()) {
                case ASSIGNMENT, URGING -> status;
                case RESPONSE -> "RESPONDED";
                case RESOLUTION -> "RESOLVED";
                case CALLBACK -> step.satisfaction().equals("DISSATISFIED") ? "REOPENED" : "CLOSED";
                case MERGE -> "MERGED";
            };
        }
        return status;
    }

    private static String describe(Random random, String category, String estate, int building) {
        List<String> templates = DESCRIPTIONS.get(category);
        return templates.get(random.nextInt(templates.size())).replace("{e}", estate)
                .replace("{b}", String.valueOf(building));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
