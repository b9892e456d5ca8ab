package io.estatewatch.reporting.worksummary.domain;

import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.filing.FilingType;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.reporting.assessment.domain.AssessmentFigures;
import io.estatewatch.reporting.assessment.domain.SupplyTotals;
import io.estatewatch.reporting.complaint.domain.ComplaintFigures;
import io.estatewatch.reporting.complaint.domain.Rates;
import io.estatewatch.reporting.filing.domain.FilingFigures;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.renovation.domain.ProjectRow;
import io.estatewatch.reporting.renovation.domain.RenovationFigures;
import io.estatewatch.reporting.summary.domain.Figures;
import io.estatewatch.reporting.time.domain.Window;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the statistics part of a half-year work summary from the figures, with the sentences of the section's own
 * summary: 「1—6月份，共受理调处各类投诉618起，其中来访来电141起……」. Every number comes from the figures; a sentence
 * whose figures are all zero is left out, and so is a section left without sentences.
 *
 * <p>States that the summary reports as "目前" (milestones reached) are read at the report's horizon: the end of the
 * period, or {@code asOf} when that is earlier.
 */
public final class WorkSummaryWriter {

    private static final Map<String, String> SUPPLY_ITEMS_ZH = Map.of(
            "MASK", "口罩", "DISINFECTANT", "消毒液", "GLOVES", "防护手套");
    private static final Map<String, String> SUPPLY_ITEMS_EN = Map.of(
            "MASK", "masks", "DISINFECTANT", "disinfectant", "GLOVES", "protective gloves");
    private static final Map<SupplyUnit, String> UNITS_EN = Map.of(
            SupplyUnit.PIECE, "", SupplyUnit.JIN, " jin of", SupplyUnit.PAIR, " pairs of");
    private static final Map<String, String> DISORDERS_ZH = Map.ofEntries(
            Map.entry("PARKING", "车辆乱停乱放"), Map.entry("CORRIDOR_CLUTTER", "楼道乱堆乱放"),
            Map.entry("ILLEGAL_CONSTRUCTION", "乱搭乱建"), Map.entry("POSTERS_GRAFFITI", "乱贴乱画"),
            Map.entry("LITTERING", "乱扔乱倒"), Map.entry("FLYING_WIRES", "乱拉乱接"),
            Map.entry("STREET_STALLS", "乱摆摊点"), Map.entry("HANGING_LAUNDRY", "乱挂乱晒"),
            Map.entry("GREEN_ENCROACHMENT", "毁绿占绿"), Map.entry("LIVESTOCK", "乱养禽畜"));
    private static final Map<String, String> DISORDERS_EN = Map.ofEntries(
            Map.entry("PARKING", "vehicles parked in disorder"), Map.entry("CORRIDOR_CLUTTER", "corridor clutter"),
            Map.entry("ILLEGAL_CONSTRUCTION", "illegal construction"),
            Map.entry("POSTERS_GRAFFITI", "posters and graffiti"), Map.entry("LITTERING", "littering"),
            Map.entry("FLYING_WIRES", "flying charging wires"), Map.entry("STREET_STALLS", "street stalls"),
            Map.entry("HANGING_LAUNDRY", "hanging laundry"), Map.entry("GREEN_ENCROACHMENT", "encroachment on green space"),
            Map.entry("LIVESTOCK", "livestock"));

    private WorkSummaryWriter() {
    }

    public static WorkSummary write(Figures figures, Language language) {
        return language == Language.EN ? new English(figures).write() : new Chinese(figures).write();
    }

    /** What both languages need: the figures and the joins the sentences name. */
    private abstract static class Writer {

        /** The plan's title without its book-title marks: the sentence adds its own. */
        static String documentTitle(List<ProjectRow> projects) {
            return projects.stream().map(ProjectRow::programmeTitle).filter(t -> t != null && !t.isBlank())
                    .map(t -> t.strip().replaceAll("^《+|》+$", "")).findFirst().orElse(null);
        }

        final Figures figures;
        final Window window;
        final Register register;
        final Instant horizon;

        Writer(Figures figures) {
            this.figures = figures;
            this.window = figures.window();
            this.register = figures.facts().register();
            this.horizon = window.horizon();
        }

        abstract WorkSummary write();

        /** The distinct estates the planned projects cover, in the order planned. */
        List<String> renovatedEstates() {
            Set<String> estates = new LinkedHashSet<>();
            figures.projectsPlanned().forEach(p -> estates.addAll(p.estateIds()));
            return List.copyOf(estates);
        }

        /** The names of the estates, or empty when one of them is not (yet) in the register. */
        Optional<List<String>> names(List<String> estateIds) {
            List<String> names = new ArrayList<>();
            for (String id : estateIds) {
                Optional<String> name = register.estateName(id, horizon);
                if (name.isEmpty() || name.get().isBlank()) {
                    return Optional.empty();
                }
                names.add(name.get());
            }
            return names.isEmpty() ? Optional.empty() : Optional.of(names);
        }

        List<String> streets(List<String> estateIds) {
            Set<String> streets = new LinkedHashSet<>();
            for (String id : estateIds) {
                register.streetOf(id, horizon).filter(s -> !s.isBlank()).ifPresent(streets::add);
            }
            return List.copyOf(streets);
        }

        /** Per programme (in planning order), the projects planned in it. */
        Map<String, List<ProjectRow>> programmes() {
            Map<String, List<ProjectRow>> programmes = new LinkedHashMap<>();
            figures.projectsPlanned().forEach(p -> programmes.computeIfAbsent(Objects.requireNonNullElse(
                    p.programme(), ""), k -> new ArrayList<>()).add(p));
            return programmes;
        }

        /** How many of the projects had reached each milestone at the horizon, superseded steps left out. */
        Map<Milestone, Long> progress(List<ProjectRow> projects) {
            Map<Milestone, Long> reached = new EnumMap<>(Milestone.class);
            for (ProjectRow project : projects) {
                project.reachedBy(horizon).stream().map(ProjectRow.MilestoneReached::milestone).distinct()
                        .forEach(m -> reached.merge(m, 1L, Long::sum));
            }
            supersede(reached, Milestone.PRICE_CAP_AUDIT_SUBMITTED, Milestone.PRICE_CAP_APPROVED);
            supersede(reached, Milestone.CONSTRUCTION_STARTED, Milestone.COMPLETED);
            supersede(reached, Milestone.COMPLETED, Milestone.ACCEPTED);
            return reached;
        }

        private static void supersede(Map<Milestone, Long> reached, Milestone step, Milestone by) {
            if (reached.containsKey(step) && reached.getOrDefault(by, 0L) >= reached.get(step)) {
                reached.remove(step);
            }
        }

        boolean sameYear() {
            return window.from().getYear() == window.to().getYear();
        }
    }

    private static final class Chinese extends Writer {

        Chinese(Figures figures) {
            super(figures);
        }

        @Override
        WorkSummary write() {
            String period = Phrasing.periodZh(window.from(), window.to());
            List<WorkSummary.Section> sections = new ArrayList<>();
            add(sections, "疫情防控工作", false, epidemic());
            add(sections, "日常监督管理", true, daily(period));
            add(sections, "老旧小区改造", false, renovation());
            add(sections, "创建文明城市", true, civilisedCity());
            add(sections, "法律法规宣贯", false, outreach());
            List<WorkSummary.Section> numbered = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                WorkSummary.Section s = sections.get(i);
                numbered.add(new WorkSummary.Section(Phrasing.chineseNumeral(i + 1) + "、" + s.heading(), s.numbered(),
                        s.paragraphs()));
            }
            String title = (sameYear() ? window.from().getYear() + "年" : "") + period + "物业管理工作统计";
            String subtitle = "统计期间：" + window.from() + " 至 " + window.to() + "；数据截至 "
                    + window.asOfInZone().toLocalDateTime().withNano(0).toString().replace('T', ' ')
                    + "；三率口径 " + figures.formula().version() + "。";
            return new WorkSummary(Language.ZH_CN, title, subtitle, numbered);
        }

        private static void add(List<WorkSummary.Section> sections, String heading, boolean numbered,
                                List<String> paragraphs) {
            if (paragraphs.isEmpty()) {
                return;
            }
            List<String> items = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                items.add(numbered && paragraphs.size() > 1 ? (i + 1) + "、" + paragraphs.get(i) : paragraphs.get(i));
            }
            sections.add(new WorkSummary.Section(heading, numbered && paragraphs.size() > 1, items));
        }

        List<String> epidemic() {
            List<String> sentences = new ArrayList<>();
            AssessmentFigures.Totals a = figures.assessment();
            StringBuilder text = new StringBuilder();
            if (a.epidemicEstates() > 0) {
                text.append("督促全区").append(Phrasing.countZh(a.epidemicEstates()))
                        .append("个物业小区做好小区封闭式管理和每日消杀工作。");
            }
            List<String> items = new ArrayList<>();
            figures.supplies().forEach((item, units) -> units.forEach((unit, quantity) -> {
                if (quantity.signum() > 0) {
                    items.add(SUPPLY_ITEMS_ZH.getOrDefault(item, item) + Phrasing.quantityZh(quantity)
                            + (unit == null ? "" : unit.labelZh()));
                }
            }));
            if (!items.isEmpty()) {
                text.append("累计向辖区物业服务企业发放").append(String.join("，", items)).append("。");
            }
            if (!text.isEmpty()) {
                sentences.add(text.toString());
            }
            return sentences;
        }

        List<String> daily(String period) {
            List<String> sentences = new ArrayList<>();
            ComplaintFigures.Totals c = figures.complaints();
            if (c.total() > 0) {
                List<String> channels = new ArrayList<>();
                for (Channel channel : Channel.values()) {
                    long n = c.byChannel().getOrDefault(channel, 0L);
                    if (n > 0) {
                        channels.add(channelZh(channel, n));
                    }
                }
                sentences.add(period + "，共受理调处各类投诉" + c.total() + "起，其中" + String.join("，", channels) + "。");
                String rates = ratesZh(c.rates(), c.overdue());
                if (!rates.isEmpty()) {
                    sentences.add(rates);
                }
            }
            List<String> filings = new ArrayList<>();
            for (Map.Entry<FilingType, FilingFigures.PerType> entry : figures.filings().entrySet()) {
                long n = entry.getValue().approved();
                if (n > 0) {
                    filings.add(filingZh(entry.getKey(), n));
                }
            }
            if (!filings.isEmpty()) {
                sentences.add("共办理" + String.join("，", filings) + "。");
            }
            return sentences;
        }

        static String channelZh(Channel channel, long n) {
            return switch (channel) {
                case PEOPLE_DAILY_BOARD -> "人民网留言" + n + "条";
                case BUREAU_REFERRAL -> "市住建局交办函投诉" + n + "起";
                default -> channel.labelZh() + n + "起";
            };
        }

        static String ratesZh(Rates rates, long overdue) {
            List<String> parts = new ArrayList<>();
            if (rates.response() != null) {
                parts.add("响应率" + Phrasing.percent(rates.response()));
            }
            if (rates.resolution() != null) {
                parts.add("解决率" + Phrasing.percent(rates.resolution()));
            }
            if (rates.satisfaction() != null) {
                parts.add("满意率" + Phrasing.percent(rates.satisfaction()));
            }
            if (parts.isEmpty()) {
                return "";
            }
            return "受理的投诉中，" + String.join("，", parts) + (overdue > 0 ? "，超过办理时限" + overdue + "起" : "") + "。";
        }

        static String filingZh(FilingType type, long n) {
            return switch (type) {
                case PRE_TENDER -> "招标前备案" + n + "家";
                case NEGOTIATED_SELECTION -> "流标后批准协议选聘前期物业项目" + n + "个";
                case TAKEOVER_INSPECTION -> "完成新建住宅小区物业查验项目" + n + "个";
                case SERVICE_GRADE -> "物业服务等级核定" + n + "个";
                case PRELIMINARY_CONTRACT -> "前期物业服务合同备案" + n + "个";
                case PROJECT_EXIT -> "物业管理项目退出备案" + n + "个";
            };
        }

        List<String> renovation() {
            RenovationFigures.Totals r = figures.renovation();
            if (r.projects() == 0) {
                return List.of();
            }
            List<String> sentences = new ArrayList<>();
            StringBuilder plan = new StringBuilder(sameYear() ? "今年我区计划整治改造老旧小区" : "本期我区计划整治改造老旧小区");
            List<String> estates = renovatedEstates();
            plan.append(estates.isEmpty() ? r.estates() : estates.size()).append("个");
            names(estates).ifPresent(names -> {
                plan.append("，为").append(Phrasing.listZh(names));
                List<String> streets = streets(estates);
                if (!streets.isEmpty()) {
                    plan.append("，位于").append(String.join("、", streets));
                }
            });
            plan.append("。");
            List<String> size = new ArrayList<>();
            if (r.floorAreaM2().signum() > 0) {
                size.add("总建筑面积" + Phrasing.areaZh(r.floorAreaM2()));
            }
            if (r.households() > 0) {
                size.add("涉及居民" + r.households() + "户");
            }
            if (!size.isEmpty()) {
                plan.append(String.join("，", size)).append("。");
            }
            if (!r.byType().isEmpty()) {
                plan.append("按照").append(typesZh(r.byType())).append("组织实施");
                if (r.centralSubsidyEstates() > 0) {
                    plan.append("，其中").append(r.centralSubsidyEstates()).append("个小区纳入中央财政资金奖补项目");
                }
                plan.append("。");
            } else if (r.centralSubsidyEstates() > 0) {
                plan.append("其中").append(r.centralSubsidyEstates()).append("个小区纳入中央财政资金奖补项目。");
            }
            sentences.add(plan.toString());
            List<String> progress = new ArrayList<>();
            programmes().forEach((programme, projects) -> {
                String sentence = progressZh(projects);
                if (!sentence.isEmpty()) {
                    progress.add(sentence);
                }
            });
            if (!progress.isEmpty()) {
                sentences.add("目前" + String.join("；", progress) + "。");
            }
            return sentences;
        }

        static String typesZh(Map<RenovationType, Long> byType) {
            if (byType.size() == 1) {
                return byType.keySet().iterator().next().labelZh();
            }
            List<String> parts = new ArrayList<>();
            byType.forEach((type, n) -> parts.add(type.labelZh() + n + "个"));
            return String.join("、", parts);
        }

        String progressZh(List<ProjectRow> projects) {
            Map<Milestone, Long> reached = progress(projects);
            String title = documentTitle(projects);
            List<String> phrases = new ArrayList<>();
            int all = projects.size();
            for (Map.Entry<Milestone, Long> entry : reached.entrySet()) {
                String prefix = entry.getValue() < all ? "其中" + entry.getValue() + "个项目" : "";
                String phrase = switch (entry.getKey()) {
                    case PLAN_ISSUED -> "已出台" + (title == null ? "实施方案" : "《" + title + "》");
                    case PUBLIC_NOTICE -> "在拟改造小区进行公示";
                    case PRICE_CAP_AUDIT_SUBMITTED -> "正在向市审计局报送上限价审核";
                    case PRICE_CAP_APPROVED -> "上限价已经市审计局审定";
                    case TENDERED -> "已完成招标";
                    case CONSTRUCTION_STARTED -> "已开工建设";
                    case COMPLETED -> "已完工";
                    case ACCEPTED -> "已通过竣工验收";
                };
                if (entry.getKey() == Milestone.PUBLIC_NOTICE && prefix.isEmpty() && !phrases.isEmpty()
                        && reached.getOrDefault(Milestone.PLAN_ISSUED, 0L) == all) {
                    phrases.set(phrases.size() - 1, phrases.get(phrases.size() - 1) + "并" + phrase);
                    continue;
                }
                if (entry.getKey() == Milestone.PUBLIC_NOTICE) {
                    phrase = "已" + phrase;
                }
                phrases.add(prefix + phrase);
            }
            return String.join("，", phrases);
        }

        List<String> civilisedCity() {
            AssessmentFigures.Totals a = figures.assessment();
            List<String> sentences = new ArrayList<>();
            if (!a.roundsPublished().isEmpty() || a.estatesScored() > 0) {
                StringBuilder rounds = new StringBuilder();
                if (!a.roundsPublished().isEmpty()) {
                    rounds.append("完成").append(String.join("、", a.roundsPublished())).append("考评");
                    if (a.estatesScored() > 0) {
                        rounds.append("，共考评物业小区").append(a.estatesScored()).append("个次");
                    }
                    rounds.append("，并将考评结果向社会公开。");
                } else {
                    rounds.append("开展考评，共考评物业小区").append(a.estatesScored()).append("个次。");
                }
                if (a.below60() > 0) {
                    rounds.append("考评得分60分以下的小区").append(a.below60()).append("个。");
                }
                sentences.add(rounds.toString());
            }
            if (a.exposed() > 0) {
                String names = names(a.exposedEstates()).map(n -> String.join("、", n)).orElse("");
                sentences.add("对60分以下的" + names + (names.isEmpty() ? "" : "等") + a.exposed()
                        + "个小区进行现场曝光并让物业小区负责人面对镜头进行表态发言，以曝光促整改，以表态抓行动。");
            }
            List<String> follow = new ArrayList<>();
            if (a.interviews() > 0) {
                follow.add("联合属地街道、社区对物业服务企业进行约谈" + a.interviews() + "次");
            }
            if (a.rectificationsOrdered() > 0) {
                follow.add("下发整改通知" + a.rectificationsOrdered() + "份，按照创城检查标准逐项督促整改");
            }
            if (a.rectificationsVerified() > 0 || a.rectificationsFailed() > 0) {
                List<String> outcome = new ArrayList<>();
                if (a.rectificationsVerified() > 0) {
                    outcome.add(a.rectificationsVerified() + "份整改通过复查");
                }
                if (a.rectificationsFailed() > 0) {
                    outcome.add(a.rectificationsFailed() + "份未通过复查");
                }
                follow.add("开展“回头看”，" + String.join("，", outcome));
            }
            if (!follow.isEmpty()) {
                sentences.add(String.join("，", follow) + "。");
            }
            if (a.fireLaneEstates() > 0) {
                StringBuilder lanes = new StringBuilder("联合城区各街道对").append(a.fireLaneEstates())
                        .append("个物业小区消防车通道沿途的消防标线、标志和标识的划设情况进行督查");
                if (a.fireLaneInspections() > a.fireLaneEstates()) {
                    lanes.append(a.fireLaneInspections()).append("次");
                }
                List<String> issues = new ArrayList<>();
                if (a.fireLaneGaps() > 0) {
                    issues.add(a.fireLaneGaps() + "个小区标线、标志或标识仍有缺失");
                }
                if (a.fireLaneQualityIssues() > 0) {
                    issues.add(a.fireLaneQualityIssues() + "个小区施划的质量不高、不够规范");
                }
                if (!issues.isEmpty()) {
                    lanes.append("，其中").append(String.join("，", issues));
                }
                sentences.add(lanes.append("。").toString());
            }
            if (a.disorderCases() > 0) {
                StringBuilder disorder = new StringBuilder("针对小区“十乱”问题，共处置")
                        .append(a.disorderCases()).append("起");
                List<String> types = new ArrayList<>();
                a.disorderByType().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> types.add(DISORDERS_ZH.getOrDefault(e.getKey(), e.getKey()) + e.getValue() + "起"));
                disorder.append("，其中").append(String.join("、", types));
                List<String> steps = new ArrayList<>();
                if (a.disorderCasesClosed() > 0) {
                    steps.add("已清理办结" + a.disorderCasesClosed() + "起");
                }
                long community = a.disorderReachedStep().getOrDefault(DisorderStep.COMMUNITY_REPORT, 0L);
                if (community > 0) {
                    steps.add("报告属地社区、街道" + community + "起");
                }
                long joint = a.disorderReachedStep().getOrDefault(DisorderStep.JOINT_CLEARING, 0L);
                if (joint > 0) {
                    steps.add("开展集中行动统一清理" + joint + "起");
                }
                long fire = a.disorderReachedStep().getOrDefault(DisorderStep.FIRE_RESCUE_REPORT, 0L);
                if (fire > 0) {
                    steps.add("依法向消防救援机构报告" + fire + "起");
                }
                long towing = a.disorderReachedStep().getOrDefault(DisorderStep.TOWING_REQUEST, 0L);
                if (towing > 0) {
                    steps.add("申请交管部门拖车" + towing + "起");
                }
                if (!steps.isEmpty()) {
                    disorder.append("；").append(String.join("，", steps));
                }
                sentences.add(disorder.append("。").toString());
            }
            return sentences;
        }

        List<String> outreach() {
            long copies = SupplyTotals.copies(figures.outreach());
            if (copies == 0) {
                return List.of();
            }
            List<String> recipients = new ArrayList<>();
            for (RecipientType type : SupplyTotals.recipients(figures.outreach())) {
                recipients.add(switch (type) {
                    case STREET -> "各乡镇街";
                    case COMPANY -> "物业服务企业";
                    case OWNER -> "小区业主";
                });
            }
            return List.of("已向辖区" + String.join("、", recipients) + "等共发放《条例》单行本"
                    + Phrasing.quantityZh(BigDecimal.valueOf(copies)) + "本。");
        }
    }

    private static final class English extends Writer {

        English(Figures figures) {
            super(figures);
        }

        @Override
        WorkSummary write() {
            String period = Phrasing.periodEn(window.from(), window.to());
            List<WorkSummary.Section> sections = new ArrayList<>();
            add(sections, "Epidemic prevention", epidemic());
            add(sections, "Day-to-day supervision", daily(period));
            add(sections, "Old-estate renovation", renovation());
            add(sections, "Civilised-city campaign", civilisedCity());
            add(sections, "Regulation outreach", outreach());
            List<WorkSummary.Section> numbered = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                WorkSummary.Section s = sections.get(i);
                numbered.add(new WorkSummary.Section((i + 1) + ". " + s.heading(), s.numbered(), s.paragraphs()));
            }
            String title = "Property management in figures: " + Phrasing.dateEn(window.from()) + " to "
                    + Phrasing.dateEn(window.to());
            String subtitle = "Period " + window.from() + " to " + window.to() + "; figures as of "
                    + window.asOfInZone().toLocalDateTime().withNano(0).toString().replace('T', ' ')
                    + "; complaint rates formula " + figures.formula().version() + ".";
            return new WorkSummary(Language.EN, title, subtitle, numbered);
        }

        private static void add(List<WorkSummary.Section> sections, String heading, List<String> paragraphs) {
            if (paragraphs.isEmpty()) {
                return;
            }
            boolean numbered = paragraphs.size() > 1;
            List<String> items = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                items.add(numbered ? (i + 1) + ". " + paragraphs.get(i) : paragraphs.get(i));
            }
            sections.add(new WorkSummary.Section(heading, numbered, items));
        }

        List<String> epidemic() {
            AssessmentFigures.Totals a = figures.assessment();
            List<String> parts = new ArrayList<>();
            if (a.epidemicEstates() > 0) {
                parts.add("We kept " + Phrasing.countEn(a.epidemicEstates())
                        + " estates of the district under closed management with daily disinfection.");
            }
            List<String> items = new ArrayList<>();
            figures.supplies().forEach((item, units) -> units.forEach((unit, quantity) -> {
                if (quantity.signum() > 0) {
                    items.add(Phrasing.quantityEn(quantity) + (unit == null ? "" : UNITS_EN.get(unit)) + " "
                            + SUPPLY_ITEMS_EN.getOrDefault(item, item.toLowerCase(Locale.ROOT)));
                }
            }));
            if (!items.isEmpty()) {
                parts.add("In all, " + Phrasing.listEn(items) + " were handed to the property-service companies of the district.");
            }
            return parts.isEmpty() ? List.of() : List.of(String.join(" ", parts));
        }

        List<String> daily(String period) {
            List<String> sentences = new ArrayList<>();
            ComplaintFigures.Totals c = figures.complaints();
            if (c.total() > 0) {
                List<String> channels = new ArrayList<>();
                for (Channel channel : Channel.values()) {
                    long n = c.byChannel().getOrDefault(channel, 0L);
                    if (n > 0) {
                        channels.add(channelEn(channel, n));
                    }
                }
                sentences.add(period + ", " + Phrasing.en(c.total()) + (c.total() == 1 ? " complaint was" : " complaints were")
                        + " received and mediated: " + Phrasing.listEn(channels) + ".");
                List<String> rates = new ArrayList<>();
                Rates r = c.rates();
                if (r.response() != null) {
                    rates.add("a response rate of " + Phrasing.percent(r.response()));
                }
                if (r.resolution() != null) {
                    rates.add("a resolution rate of " + Phrasing.percent(r.resolution()));
                }
                if (r.satisfaction() != null) {
                    rates.add("a satisfaction rate of " + Phrasing.percent(r.satisfaction()));
                }
                if (!rates.isEmpty()) {
                    sentences.add("They were handled with " + Phrasing.listEn(rates)
                            + (c.overdue() > 0 ? "; " + Phrasing.en(c.overdue()) + " missed a deadline" : "") + ".");
                }
            }
            List<String> filings = new ArrayList<>();
            for (Map.Entry<FilingType, FilingFigures.PerType> entry : figures.filings().entrySet()) {
                long n = entry.getValue().approved();
                if (n > 0) {
                    filings.add(filingEn(entry.getKey(), n));
                }
            }
            if (!filings.isEmpty()) {
                sentences.add("We completed " + Phrasing.listEn(filings) + ".");
            }
            return sentences;
        }

        static String channelEn(Channel channel, long n) {
            String count = Phrasing.en(n);
            return switch (channel) {
                case VISIT_CALL -> count + " by visit or telephone";
                case CITIZEN_FORUM -> count + " through the Citizens' Forum";
                case CONDUCT_HOTLINE -> count + " through the conduct hotline";
                case MAYOR_HOTLINE -> count + " through the mayor's hotline";
                case PEOPLE_DAILY_BOARD -> count + (n == 1 ? " message" : " messages") + " on the People's Daily board";
                case BUREAU_REFERRAL -> count + " referred by letter from the municipal housing bureau";
            };
        }

        static String filingEn(FilingType type, long n) {
            String count = Phrasing.en(n);
            return switch (type) {
                case PRE_TENDER -> count + " pre-tender " + (n == 1 ? "filing" : "filings");
                case NEGOTIATED_SELECTION -> count + " approved negotiated " + (n == 1 ? "selection" : "selections")
                        + " of a preliminary property company after a failed tender";
                case TAKEOVER_INSPECTION -> count + " takeover " + (n == 1 ? "inspection" : "inspections")
                        + " of new residential estates";
                case SERVICE_GRADE -> count + " service-grade " + (n == 1 ? "rating" : "ratings");
                case PRELIMINARY_CONTRACT -> count + " preliminary service-contract " + (n == 1 ? "filing" : "filings");
                case PROJECT_EXIT -> count + " project-exit " + (n == 1 ? "filing" : "filings");
            };
        }

        List<String> renovation() {
            RenovationFigures.Totals r = figures.renovation();
            if (r.projects() == 0) {
                return List.of();
            }
            List<String> estates = renovatedEstates();
            long count = estates.isEmpty() ? r.estates() : estates.size();
            StringBuilder plan = new StringBuilder(sameYear() ? "This year the district plans to renovate "
                    : "In this period the district planned to renovate ")
                    .append(Phrasing.en(count)).append(count == 1 ? " old estate" : " old estates");
            names(estates).ifPresent(names -> {
                plan.append(", ").append(Phrasing.listEn(names));
                List<String> streets = streets(estates);
                if (!streets.isEmpty()) {
                    plan.append(", in ").append(Phrasing.listEn(streets));
                }
            });
            plan.append(".");
            List<String> size = new ArrayList<>();
            if (r.floorAreaM2().signum() > 0) {
                size.add("a total floor area of " + Phrasing.areaEn(r.floorAreaM2()));
            }
            if (r.households() > 0) {
                size.add(Phrasing.en(r.households()) + " households");
            }
            if (!size.isEmpty()) {
                plan.append(" They have ").append(Phrasing.listEn(size)).append(".");
            }
            if (!r.byType().isEmpty()) {
                plan.append(" The work follows the ").append(typesEn(r.byType())).append(" type");
                if (r.centralSubsidyEstates() > 0) {
                    plan.append("; ").append(Phrasing.en(r.centralSubsidyEstates()))
                            .append(r.centralSubsidyEstates() == 1 ? " estate receives" : " estates receive")
                            .append(" the central fiscal subsidy");
                }
                plan.append(".");
            }
            List<String> sentences = new ArrayList<>();
            sentences.add(plan.toString());
            programmes().forEach((programme, projects) -> {
                String sentence = progressEn(projects);
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            });
            return sentences;
        }

        static String typesEn(Map<RenovationType, Long> byType) {
            List<String> parts = new ArrayList<>();
            byType.forEach((type, n) -> parts.add(switch (type) {
                case BASIC -> "basic";
                case IMPROVEMENT -> "improvement";
                case ENHANCEMENT -> "enhancement";
            } + (byType.size() > 1 ? " (" + n + ")" : "")));
            return Phrasing.listEn(parts);
        }

        String progressEn(List<ProjectRow> projects) {
            Map<Milestone, Long> reached = progress(projects);
            String title = documentTitle(projects);
            List<String> phrases = new ArrayList<>();
            int all = projects.size();
            for (Map.Entry<Milestone, Long> entry : reached.entrySet()) {
                String phrase = switch (entry.getKey()) {
                    case PLAN_ISSUED -> "the implementation plan" + (title == null ? "" : " \u201C" + title + "\u201D")
                            + " has been issued";
                    case PUBLIC_NOTICE -> "the plan has been publicly noticed in the estates";
                    case PRICE_CAP_AUDIT_SUBMITTED -> "the price cap is with the municipal audit bureau for review";
                    case PRICE_CAP_APPROVED -> "the municipal audit bureau has approved the price cap";
                    case TENDERED -> "the works have been tendered";
                    case CONSTRUCTION_STARTED -> "construction has started";
                    case COMPLETED -> "construction is complete";
                    case ACCEPTED -> "the works have passed acceptance";
                };
                phrases.add(entry.getValue() < all ? "for " + entry.getValue() + " of the " + all + " projects "
                        + phrase : phrase);
            }
            if (phrases.isEmpty()) {
                return "";
            }
            String text = "So far " + Phrasing.listEn(phrases) + ".";
            return text;
        }

        List<String> civilisedCity() {
            AssessmentFigures.Totals a = figures.assessment();
            List<String> sentences = new ArrayList<>();
            if (!a.roundsPublished().isEmpty() || a.estatesScored() > 0) {
                StringBuilder rounds = new StringBuilder();
                if (!a.roundsPublished().isEmpty()) {
                    rounds.append("We completed the ").append(Phrasing.listEn(a.roundsPublished()))
                            .append(a.roundsPublished().size() == 1 ? " assessment round" : " assessment rounds");
                    if (a.estatesScored() > 0) {
                        rounds.append(", scoring ").append(Phrasing.en(a.estatesScored()))
                                .append(a.estatesScored() == 1 ? " estate" : " estates");
                    }
                    rounds.append(", and published the results.");
                } else {
                    rounds.append("We scored ").append(Phrasing.en(a.estatesScored()))
                            .append(a.estatesScored() == 1 ? " estate" : " estates").append(" in assessment rounds.");
                }
                if (a.below60() > 0) {
                    rounds.append(" ").append(Phrasing.en(a.below60()))
                            .append(a.below60() == 1 ? " estate" : " estates").append(" scored under 60.");
                }
                sentences.add(rounds.toString());
            }
            if (a.exposed() > 0) {
                String names = names(a.exposedEstates()).map(n -> " (" + Phrasing.listEn(n) + ")").orElse("");
                sentences.add("With the district media centre we exposed " + Phrasing.en(a.exposed())
                        + (a.exposed() == 1 ? " estate" : " estates") + " under 60 points on site" + names
                        + ", and their managers stated their commitments on camera.");
            }
            List<String> follow = new ArrayList<>();
            if (a.interviews() > 0) {
                follow.add("summoned property companies to " + Phrasing.en(a.interviews())
                        + (a.interviews() == 1 ? " interview" : " interviews") + " with the streets and communities");
            }
            if (a.rectificationsOrdered() > 0) {
                follow.add("issued " + Phrasing.en(a.rectificationsOrdered())
                        + (a.rectificationsOrdered() == 1 ? " rectification order" : " rectification orders"));
            }
            if (a.rectificationsVerified() > 0 || a.rectificationsFailed() > 0) {
                List<String> outcome = new ArrayList<>();
                if (a.rectificationsVerified() > 0) {
                    outcome.add(Phrasing.en(a.rectificationsVerified()) + " verified");
                }
                if (a.rectificationsFailed() > 0) {
                    outcome.add(Phrasing.en(a.rectificationsFailed()) + " failed");
                }
                follow.add("re-inspected the rectifications (" + String.join(", ", outcome) + ")");
            }
            if (!follow.isEmpty()) {
                sentences.add("We " + Phrasing.listEn(follow) + ".");
            }
            if (a.fireLaneEstates() > 0) {
                StringBuilder lanes = new StringBuilder("With the streets we inspected the fire-lane markings, signs "
                        + "and boards of ").append(Phrasing.en(a.fireLaneEstates()))
                        .append(a.fireLaneEstates() == 1 ? " estate" : " estates");
                if (a.fireLaneInspections() > a.fireLaneEstates()) {
                    lanes.append(" (").append(Phrasing.en(a.fireLaneInspections())).append(" inspections)");
                }
                List<String> issues = new ArrayList<>();
                if (a.fireLaneGaps() > 0) {
                    issues.add(Phrasing.en(a.fireLaneGaps()) + (a.fireLaneGaps() == 1 ? " still lacks" : " still lack")
                            + " markings, signs or boards");
                }
                if (a.fireLaneQualityIssues() > 0) {
                    issues.add(Phrasing.en(a.fireLaneQualityIssues()) + " are not yet to standard");
                }
                if (!issues.isEmpty()) {
                    lanes.append("; ").append(Phrasing.listEn(issues));
                }
                sentences.add(lanes.append(".").toString());
            }
            if (a.disorderCases() > 0) {
                List<String> types = new ArrayList<>();
                a.disorderByType().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> types.add(Phrasing.en(e.getValue()) + " of "
                                + DISORDERS_EN.getOrDefault(e.getKey(), e.getKey().toLowerCase(Locale.ROOT))));
                StringBuilder disorder = new StringBuilder("We handled ").append(Phrasing.en(a.disorderCases()))
                        .append(a.disorderCases() == 1 ? " case" : " cases").append(" of the ten disorders (")
                        .append(String.join(", ", types)).append(")");
                List<String> steps = new ArrayList<>();
                if (a.disorderCasesClosed() > 0) {
                    steps.add(Phrasing.en(a.disorderCasesClosed()) + " cleared and closed");
                }
                long fire = a.disorderReachedStep().getOrDefault(DisorderStep.FIRE_RESCUE_REPORT, 0L);
                if (fire > 0) {
                    steps.add(Phrasing.en(fire) + " reported to the fire-rescue authority");
                }
                long towing = a.disorderReachedStep().getOrDefault(DisorderStep.TOWING_REQUEST, 0L);
                if (towing > 0) {
                    steps.add(Phrasing.en(towing) + " referred to the traffic police for towing");
                }
                if (!steps.isEmpty()) {
                    disorder.append(": ").append(Phrasing.listEn(steps));
                }
                sentences.add(disorder.append(".").toString());
            }
            return sentences;
        }

        List<String> outreach() {
            long copies = SupplyTotals.copies(figures.outreach());
            if (copies == 0) {
                return List.of();
            }
            List<String> recipients = new ArrayList<>();
            for (RecipientType type : SupplyTotals.recipients(figures.outreach())) {
                recipients.add(switch (type) {
                    case STREET -> "the towns and streets";
                    case COMPANY -> "the property-service companies";
                    case OWNER -> "estate owners";
                });
            }
            return List.of("We handed out " + Phrasing.quantityEn(BigDecimal.valueOf(copies))
                    + (copies == 1 ? " copy" : " copies") + " of the municipal property-management regulation to "
                    + Phrasing.listEn(recipients) + ".");
        }
    }
}
