package io.estatewatch.reporting.support;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.Topic;
import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.assessment.AssessmentResultsPublished;
import io.estatewatch.events.assessment.AssessmentRoundOpened;
import io.estatewatch.events.assessment.DisorderCaseClosed;
import io.estatewatch.events.assessment.DisorderCaseEscalated;
import io.estatewatch.events.assessment.DisorderCaseOpened;
import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.events.assessment.EpidemicCheckRecorded;
import io.estatewatch.events.assessment.EstateExposed;
import io.estatewatch.events.assessment.EstateScored;
import io.estatewatch.events.assessment.FireLaneInspected;
import io.estatewatch.events.assessment.InterviewHeld;
import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.RectificationFailed;
import io.estatewatch.events.assessment.RectificationOrdered;
import io.estatewatch.events.assessment.RectificationVerified;
import io.estatewatch.events.assessment.RegulationCopiesDistributed;
import io.estatewatch.events.assessment.SuppliesDistributed;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintAssigned;
import io.estatewatch.events.complaint.ComplaintCallbackRecorded;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintClosed;
import io.estatewatch.events.complaint.ComplaintDeadlineMissed;
import io.estatewatch.events.complaint.ComplaintMerged;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintReopened;
import io.estatewatch.events.complaint.ComplaintResolved;
import io.estatewatch.events.complaint.ComplaintResponded;
import io.estatewatch.events.complaint.ComplaintUrged;
import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.events.filing.FilingApproved;
import io.estatewatch.events.filing.FilingRejected;
import io.estatewatch.events.filing.FilingResubmitted;
import io.estatewatch.events.filing.FilingReturned;
import io.estatewatch.events.filing.FilingSubmitted;
import io.estatewatch.events.filing.FilingType;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.PropertyCompanyRegistered;
import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationFundingAllocated;
import io.estatewatch.events.renovation.RenovationMilestoneReached;
import io.estatewatch.events.renovation.RenovationProjectPlanned;
import io.estatewatch.events.renovation.RenovationType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A district shaped like the reference half-year (2022-01-01 to 2022-06-30) of the section's own work summary, as the
 * events the services would publish. Its figures, worked out by hand from the rules below (see
 * {@code reference-figures.md} next to the tests):
 * <ul>
 * <li>618 complaints: 141 VISIT_CALL, 118 CITIZEN_FORUM, 4 CONDUCT_HOTLINE, 332 MAYOR_HOTLINE, 20 PEOPLE_DAILY_BOARD,
 * 3 BUREAU_REFERRAL; complaint {@code i} gets channel {@code CHANNELS[(7 i) mod 618]} and category
 * {@code i mod 14}; 6 merged ({@code i mod 103 = 50}); 15 never answered ({@code i mod 41 = 7});</li>
 * <li>filings completed: 10 PRE_TENDER, 4 NEGOTIATED_SELECTION, 17 TAKEOVER_INSPECTION, 7 SERVICE_GRADE,
 * 5 PRELIMINARY_CONTRACT, 1 PROJECT_EXIT;</li>
 * <li>3 renovation projects (446,000 m², 4,240 households, 2 with the central subsidy), supplies 5000 masks,
 * 1000 jin of disinfectant, 200 pairs of gloves, 120 copies of the regulation.</li>
 * </ul>
 */
public final class ReferenceHalfYear {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String DISTRICT = "district-reference";
    public static final int COMPLAINTS = 618;
    public static final List<String> STREETS = List.of("新华街道", "东城街道", "西关街道");
    public static final List<String> COMPANY_IDS = List.of("co-jincheng", "co-anju", "co-hongda");
    public static final List<String> COMPANY_NAMES = List.of("金城物业", "安居物业", "宏达物业");
    public static final List<String> ESTATE_NAMES = List.of("幸福小区", "红星村小区", "光明小区", "锦绣花园",
            "翠苑小区", "滨河小区", "东方明珠苑", "阳光新城", "书香园", "金桂园", "和平里", "春晖小区");
    public static final int ESTATES = ESTATE_NAMES.size();
    private static final Channel[] CHANNELS = channels();

    private ReferenceHalfYear() {
    }

    public static String estateId(int n) {
        return "est-" + (n + 1);
    }

    /** Estate {@code n} lies in street {@code n mod 3}, managed by company {@code n mod 3}. */
    public static String streetOf(int n) {
        return STREETS.get(n % 3);
    }

    public static String companyOf(int n) {
        return COMPANY_IDS.get(n % 3);
    }

    public static String complaintId(int i) {
        return "cmp-ref-" + i;
    }

    /** The channel of complaint {@code i}: a permutation of the reference counts. */
    public static Channel channel(int i) {
        return CHANNELS[(7 * i) % COMPLAINTS];
    }

    public static boolean merged(int i) {
        return i % 103 == 50;
    }

    public static boolean unanswered(int i) {
        return i % 41 == 7;
    }

    public static boolean resolves(int i) {
        return !merged(i) && !unanswered(i) && i % 13 != 4;
    }

    /** The day of the half-year (0 = 1 January) complaint {@code i} was received on. */
    public static int day(int i) {
        return i * 181 / COMPLAINTS;
    }

    public static Instant receivedAt(int i) {
        return at(LocalDate.of(2022, 1, 1).plusDays(day(i)), 8 + i % 8, 30);
    }

    /** Every event of the district, in the order each aggregate emitted them. */
    public static EventLog events() {
        EventLog log = new EventLog();
        register(log);
        complaints(log);
        filings(log);
        renovation(log);
        assessment(log);
        return log;
    }

    /**
     * The events in an order that is wrong across topics (complaints and assessments before the register they refer
     * to) but keeps each aggregate's own order, as Kafka keeps it per key.
     */
    public static List<Published> outOfOrderAcrossTopics(List<Published> events) {
        Map<Topic, Integer> rank = Map.of(Topic.COMPLAINT, 0, Topic.ASSESSMENT, 1, Topic.FILING, 2,
                Topic.RENOVATION, 3, Topic.REGISTER, 4);
        List<Published> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(p -> rank.get(EventCatalogue.forEvent(p.event()).topic())));
        return ordered;
    }

    static void register(EventLog log) {
        Instant registered = at(LocalDate.of(2019, 12, 1), 9, 0);
        for (int c = 0; c < COMPANY_IDS.size(); c++) {
            log.add(new PropertyCompanyRegistered(DISTRICT, COMPANY_IDS.get(c), COMPANY_NAMES.get(c),
                    "91330100MA2" + c + "ABCDE" + c, registered));
        }
        for (int n = 0; n < ESTATES; n++) {
            log.add(new EstateRegistered(DISTRICT, estateId(n), ESTATE_NAMES.get(n), List.of(), streetOf(n),
                    "社区" + (n % 4 + 1), "路" + (n + 1) + "号", 10 + n, 400 + 10 * n, 40_000 + 1_000 * n, 1990 + n,
                    false, registered.plusSeconds(60L * n)));
            log.add(new EstateManagementAssigned(DISTRICT, estateId(n), companyOf(n), "fil-assign-" + n,
                    registered.plusSeconds(60L * n + 30)));
        }
    }

    static void complaints(EventLog log) {
        complaintEvents(log, COMPLAINTS, "cmp-ref-", 2022);
    }

    /**
     * The events of {@code count} complaints following the reference rules, with ids {@code prefix + i}, received
     * over the first half of {@code year}.
     */
    public static void complaintEvents(EventLog log, int count, String prefix, int year) {
        ComplaintCategory[] categories = ComplaintCategory.values();
        for (int i = 0; i < count; i++) {
            String id = prefix + i;
            int estate = i % ESTATES;
            Instant received = at(LocalDate.of(year, 1, 1).plusDays((long) i * 181 / count), 8 + i % 8, 30);
            String street = i % 5 == 0 ? null : streetOf(estate);
            log.add(new ComplaintReceived(DISTRICT, id, "TS" + year + String.format("%05d", i), channel(i),
                    "ext-" + i, categories[i % categories.length], estateId(estate), street, "138****" + (1000 + i),
                    "hash-" + i, received.plus(Duration.ofDays(1)), received.plus(Duration.ofDays(10)), null,
                    received));
            if (i % 7 == 0) {
                log.add(new ComplaintAssigned(DISTRICT, id, AssigneeType.STREET, streetOf(estate), false, "staff",
                        received.plus(Duration.ofHours(1))));
            } else {
                log.add(new ComplaintAssigned(DISTRICT, id, AssigneeType.COMPANY, companyOf(estate), true, "routing",
                        received.plus(Duration.ofHours(1))));
            }
            if (merged(i)) {
                log.add(new ComplaintMerged(DISTRICT, id, prefix + (i - 1), "staff",
                        received.plus(Duration.ofHours(2))));
                continue;
            }
            if (unanswered(i)) {
                log.add(new ComplaintDeadlineMissed(DISTRICT, id, DeadlineKind.RESPONSE,
                        received.plus(Duration.ofDays(1)), received.plus(Duration.ofDays(2))));
                log.add(new ComplaintUrged(DISTRICT, id, "staff", received.plus(Duration.ofDays(3))));
                continue;
            }
            log.add(new ComplaintResponded(DISTRICT, id, "assignee", received.plus(Duration.ofHours(20))));
            if (!resolves(i)) {
                log.add(new ComplaintUrged(DISTRICT, id, "staff", received.plus(Duration.ofDays(8))));
                log.add(new ComplaintDeadlineMissed(DISTRICT, id, DeadlineKind.RESOLUTION,
                        received.plus(Duration.ofDays(10)), received.plus(Duration.ofDays(11))));
                continue;
            }
            Instant resolved = received.plus(Duration.ofDays(3));
            log.add(new ComplaintResolved(DISTRICT, id, "assignee", resolved));
            int rating = i % 10;
            Instant callback = resolved.plus(Duration.ofDays(1));
            if (rating == 9) {
                continue;
            }
            if (rating == 8) {
                log.add(new ComplaintCallbackRecorded(DISTRICT, id, Satisfaction.DISSATISFIED, "staff", callback));
                log.add(new ComplaintReopened(DISTRICT, id, "staff", callback));
                if (i % 20 == 18) {
                    continue;
                }
                log.add(new ComplaintResolved(DISTRICT, id, "assignee", callback.plus(Duration.ofDays(2))));
                Instant second = callback.plus(Duration.ofDays(3));
                log.add(new ComplaintCallbackRecorded(DISTRICT, id, Satisfaction.SATISFIED, "staff", second));
                log.add(new ComplaintClosed(DISTRICT, id, Satisfaction.SATISFIED, second));
                continue;
            }
            Satisfaction satisfaction = rating == 7 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
            log.add(new ComplaintCallbackRecorded(DISTRICT, id, satisfaction, "staff", callback));
            log.add(new ComplaintClosed(DISTRICT, id, satisfaction, callback));
        }
    }

    static void filings(EventLog log) {
        Map<FilingType, Integer> completed = new LinkedHashMap<>();
        completed.put(FilingType.PRE_TENDER, 10);
        completed.put(FilingType.NEGOTIATED_SELECTION, 4);
        completed.put(FilingType.TAKEOVER_INSPECTION, 17);
        completed.put(FilingType.SERVICE_GRADE, 7);
        completed.put(FilingType.PRELIMINARY_CONTRACT, 5);
        completed.put(FilingType.PROJECT_EXIT, 1);
        int n = 0;
        for (Map.Entry<FilingType, Integer> entry : completed.entrySet()) {
            FilingType type = entry.getKey();
            for (int k = 0; k < entry.getValue(); k++, n++) {
                String id = "fil-ref-" + n;
                int estate = n % ESTATES;
                // The first filing of each type was submitted in December 2021 and approved in January 2022.
                LocalDate submitted = k == 0 ? LocalDate.of(2021, 12, 20) : LocalDate.of(2022, 1 + n % 6, 3 + k % 20);
                Instant submittedAt = at(submitted, 10, 0);
                log.add(new FilingSubmitted(DISTRICT, id, type, estateId(estate), companyOf(estate), submittedAt));
                Instant decided = submittedAt.plus(Duration.ofDays(k == 0 ? 15 : 5));
                if (n % 4 == 1) {
                    Instant returned = submittedAt.plus(Duration.ofDays(2));
                    log.add(new FilingReturned(DISTRICT, id, type, List.of("营业执照副本"), "reviewer", "材料不全",
                            returned));
                    log.add(new FilingResubmitted(DISTRICT, id, type, returned.plus(Duration.ofDays(1))));
                }
                log.add(new FilingApproved(DISTRICT, id, type, estateId(estate), companyOf(estate), "reviewer", "符合要求",
                        decided));
            }
        }
        // Two rejected in the half-year, one still under review, one submitted in June and approved in July.
        log.add(new FilingSubmitted(DISTRICT, "fil-ref-rejected-1", FilingType.PRE_TENDER, estateId(1), companyOf(1),
                at(LocalDate.of(2022, 2, 8), 10, 0)));
        log.add(new FilingRejected(DISTRICT, "fil-ref-rejected-1", FilingType.PRE_TENDER, estateId(1), companyOf(1),
                "reviewer", "不符合条件", at(LocalDate.of(2022, 2, 18), 10, 0)));
        log.add(new FilingSubmitted(DISTRICT, "fil-ref-rejected-2", FilingType.SERVICE_GRADE, estateId(2),
                companyOf(2), at(LocalDate.of(2022, 4, 8), 10, 0)));
        log.add(new FilingRejected(DISTRICT, "fil-ref-rejected-2", FilingType.SERVICE_GRADE, estateId(2),
                companyOf(2), "reviewer", "不符合条件", at(LocalDate.of(2022, 4, 12), 10, 0)));
        log.add(new FilingSubmitted(DISTRICT, "fil-ref-pending", FilingType.TAKEOVER_INSPECTION, estateId(3),
                companyOf(3), at(LocalDate.of(2022, 6, 1), 10, 0)));
        log.add(new FilingSubmitted(DISTRICT, "fil-ref-july", FilingType.PRELIMINARY_CONTRACT, estateId(4),
                companyOf(4), at(LocalDate.of(2022, 6, 28), 10, 0)));
        log.add(new FilingApproved(DISTRICT, "fil-ref-july", FilingType.PRELIMINARY_CONTRACT, estateId(4),
                companyOf(4), "reviewer", "符合要求", at(LocalDate.of(2022, 7, 5), 10, 0)));
    }

    static void renovation(EventLog log) {
        double[] areas = {180_000, 150_000, 116_000};
        int[] households = {1_800, 1_440, 1_000};
        boolean[] central = {true, true, false};
        for (int p = 0; p < 3; p++) {
            String id = "prj-ref-" + p;
            log.add(new RenovationProjectPlanned(DISTRICT, id, "2020", "市区2020年老旧小区改造实施方案",
                    List.of(estateId(p)), RenovationType.BASIC, areas[p], households[p], 20 + p,
                    new BigDecimal("12000000"), central[p], at(LocalDate.of(2022, 1, 10 + p), 9, 0)));
            log.add(new RenovationFundingAllocated(DISTRICT, id, central[p] ? FundingSource.CENTRAL_SUBSIDY
                    : FundingSource.DISTRICT, new BigDecimal("5000000.50"), at(LocalDate.of(2022, 2, 1), 9, 0)));
            log.add(new RenovationMilestoneReached(DISTRICT, id, Milestone.PLAN_ISSUED,
                    at(LocalDate.of(2022, 3, 1), 0, 0), at(LocalDate.of(2022, 2, 25), 9, 0)));
            log.add(new RenovationMilestoneReached(DISTRICT, id, Milestone.PUBLIC_NOTICE,
                    at(LocalDate.of(2022, 4, 1), 0, 0), at(LocalDate.of(2022, 3, 20), 9, 0)));
            // The third project submitted its price cap late, in June after a May plan.
            log.add(new RenovationMilestoneReached(DISTRICT, id, Milestone.PRICE_CAP_AUDIT_SUBMITTED,
                    at(LocalDate.of(2022, 5, 15), 0, 0), at(LocalDate.of(2022, p == 2 ? 6 : 5, 10), 9, 0)));
        }
    }

    static void assessment(EventLog log) {
        String round = "rnd-ref-2022q1";
        List<String> estates = new ArrayList<>();
        for (int n = 0; n < ESTATES; n++) {
            estates.add(estateId(n));
        }
        log.add(new AssessmentRoundOpened(DISTRICT, round, "2022年第一季度", "checklist-2022", estates,
                at(LocalDate.of(2022, 3, 1), 9, 0)));
        for (int n = 0; n < ESTATES; n++) {
            BigDecimal total = n == 10 ? new BigDecimal("55.5") : n == 11 ? new BigDecimal("58") :
                    new BigDecimal(70 + 2 * n);
            log.add(new EstateScored(DISTRICT, round, estateId(n), streetOf(n), companyOf(n), total,
                    total.compareTo(BigDecimal.valueOf(60)) < 0 ? List.of("CORRIDOR_CLUTTER", "PARKING") : List.of(),
                    at(LocalDate.of(2022, 3, 10 + n), 15, 0)));
        }
        log.add(new AssessmentResultsPublished(DISTRICT, round, "2022年第一季度", at(LocalDate.of(2022, 4, 8), 9, 0)));
        log.add(new EstateExposed(DISTRICT, round, estateId(10), new BigDecimal("55.5"), "区融媒体中心《创城现场直击》",
                at(LocalDate.of(2022, 4, 12), 9, 0)));
        log.add(new EstateExposed(DISTRICT, round, estateId(11), new BigDecimal("58"), "区融媒体中心《创城现场直击》",
                at(LocalDate.of(2022, 4, 12), 10, 0)));
        for (int k = 0; k < 2; k++) {
            int n = 10 + k;
            log.add(new InterviewHeld(DISTRICT, "itv-ref-" + k, round, estateId(n), companyOf(n), streetOf(n),
                    "社区" + (n % 4 + 1), at(LocalDate.of(2022, 4, 15), 9, 0)));
            String order = "ord-ref-" + k;
            log.add(new RectificationOrdered(DISTRICT, order, round, estateId(n), companyOf(n),
                    List.of("CORRIDOR_CLUTTER", "PARKING"), at(LocalDate.of(2022, 5, 15), 0, 0),
                    at(LocalDate.of(2022, 4, 15), 11, 0)));
            if (k == 0) {
                log.add(new RectificationVerified(DISTRICT, order, estateId(n), at(LocalDate.of(2022, 5, 20), 9, 0)));
            } else {
                log.add(new RectificationFailed(DISTRICT, order, estateId(n), true, at(LocalDate.of(2022, 5, 20), 9, 0)));
            }
        }
        for (int n = 0; n < ESTATES; n++) {
            boolean gap = n % 4 == 0;
            log.add(new FireLaneInspected(DISTRICT, "fln-ref-" + n, estateId(n), !gap, true, true,
                    n % 6 == 1 ? List.of("标线褪色") : List.of(), at(LocalDate.of(2022, 5, 1 + n), 9, 0)));
        }
        String[] types = {"PARKING", "PARKING", "PARKING", "PARKING", "PARKING", "CORRIDOR_CLUTTER",
                "CORRIDOR_CLUTTER", "CORRIDOR_CLUTTER"};
        for (int k = 0; k < types.length; k++) {
            String id = "dsc-ref-" + k;
            String estate = estateId(k);
            Instant opened = at(LocalDate.of(2022, 3, 5 + k), 9, 0);
            log.add(new DisorderCaseOpened(DISTRICT, id, estate, types[k], DisorderStep.COMPANY_PERSUASION, opened));
            if (k < 2) {
                log.add(new DisorderCaseEscalated(DISTRICT, id, estate, types[k], DisorderStep.FIRE_RESCUE_REPORT,
                        opened.plus(Duration.ofDays(3))));
                log.add(new DisorderCaseEscalated(DISTRICT, id, estate, types[k], DisorderStep.TOWING_REQUEST,
                        opened.plus(Duration.ofDays(5))));
            }
            if (k == 5) {
                log.add(new DisorderCaseEscalated(DISTRICT, id, estate, types[k], DisorderStep.COMMUNITY_REPORT,
                        opened.plus(Duration.ofDays(3))));
            }
            if (k != 7) {
                log.add(new DisorderCaseClosed(DISTRICT, id, estate, types[k], DisorderStep.COMPANY_PERSUASION,
                        opened.plus(Duration.ofDays(7))));
            }
        }
        for (int n = 0; n < ESTATES; n++) {
            for (int d = 0; d < 3; d++) {
                log.add(new EpidemicCheckRecorded(DISTRICT, "chk-ref-" + n + "-" + d, estateId(n), true, true,
                        at(LocalDate.of(2022, 2, 1 + d), 18, 0)));
            }
        }
        supply(log, "sup-ref-1", 0, "MASK", SupplyUnit.PIECE, "3000", LocalDate.of(2022, 2, 3));
        supply(log, "sup-ref-2", 1, "MASK", SupplyUnit.PIECE, "2000", LocalDate.of(2022, 3, 3));
        supply(log, "sup-ref-3", 0, "DISINFECTANT", SupplyUnit.JIN, "600", LocalDate.of(2022, 2, 3));
        supply(log, "sup-ref-4", 2, "DISINFECTANT", SupplyUnit.JIN, "400", LocalDate.of(2022, 4, 20));
        supply(log, "sup-ref-5", 1, "GLOVES", SupplyUnit.PAIR, "200", LocalDate.of(2022, 3, 3));
        log.add(new RegulationCopiesDistributed(DISTRICT, "out-ref-1", RecipientType.STREET, 40,
                at(LocalDate.of(2022, 3, 15), 9, 0)));
        log.add(new RegulationCopiesDistributed(DISTRICT, "out-ref-2", RecipientType.COMPANY, 30,
                at(LocalDate.of(2022, 3, 16), 9, 0)));
        log.add(new RegulationCopiesDistributed(DISTRICT, "out-ref-3", RecipientType.OWNER, 50,
                at(LocalDate.of(2022, 5, 16), 9, 0)));
    }

    private static void supply(EventLog log, String id, int company, String item, SupplyUnit unit, String quantity,
                               LocalDate date) {
        log.add(new SuppliesDistributed(DISTRICT, id, COMPANY_IDS.get(company), item, unit, new BigDecimal(quantity),
                at(date, 14, 0)));
    }

    public static Instant at(LocalDate date, int hour, int minute) {
        return LocalDateTime.of(date, java.time.LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private static Channel[] channels() {
        Map<Channel, Integer> counts = new LinkedHashMap<>();
        counts.put(Channel.VISIT_CALL, 141);
        counts.put(Channel.CITIZEN_FORUM, 118);
        counts.put(Channel.CONDUCT_HOTLINE, 4);
        counts.put(Channel.MAYOR_HOTLINE, 332);
        counts.put(Channel.PEOPLE_DAILY_BOARD, 20);
        counts.put(Channel.BUREAU_REFERRAL, 3);
        List<Channel> list = new ArrayList<>();
        counts.forEach((channel, n) -> {
            for (int k = 0; k < n; k++) {
                list.add(channel);
            }
        });
        return list.toArray(Channel[]::new);
    }

    /** Every event of one type, for tests that look at one kind. */
    public static <T extends DomainEvent> List<T> of(Class<T> type) {
        return events().events().stream().map(Published::event).filter(type::isInstance).map(type::cast).toList();
    }
}
