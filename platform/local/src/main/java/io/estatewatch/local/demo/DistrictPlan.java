package io.estatewatch.local.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the demo district holds, generated from a seed before a single request is sent: the register (streets,
 * companies, estates), the filings with their decisions (years of history and the half-year's own), the complaints
 * with every step of their handling, the renovation programme, the first-quarter assessment round with its
 * follow-ups, the fire-lane inspections, the disorder cases, the epidemic checks, the supplies and the regulation
 * copies. Times are back-dated to when things happened. {@link #figures()} counts what the plan contains: the numbers
 * the platform's summary must show once the plan is loaded.
 */
public record DistrictPlan(
        long seed,
        DemoFigures targets,
        List<Street> streets,
        List<Company> companies,
        List<Estate> estates,
        List<Filing> filings,
        List<Complaint> complaints,
        Renovation renovation,
        Assessment assessment,
        List<FireLaneCheck> fireLaneChecks,
        List<DisorderCase> disorderCases,
        List<EpidemicCheck> epidemicChecks,
        List<SupplyHandout> supplies,
        List<OutreachHandout> outreach) {

    // ---- the register ----

    /** @param urban a street of the main urban area (街道) rather than a town (镇/乡) */
    public record Street(String name, boolean urban, boolean assessed, List<String> communities) {
    }

    public record Company(String key, String name, String creditCode, String contactName, String contactPhone) {
    }

    /** Where an estate stands in the district's history. */
    public enum EstateAge {
        /** Managed (or not) for years before the period. */
        ESTABLISHED,
        /** Built lately: its preliminary contract was filed in the year before, its takeover inspection in the period. */
        RECENT,
        /** Built in the period: tendered, selected and taken over in it. */
        NEW
    }

    public record Estate(String key, String name, String street, String community, String address, int buildings,
                         int households, double floorAreaM2, int builtYear, boolean closedManagement, EstateAge age) {
    }

    // ---- filings ----

    /**
     * @param decision     APPROVED, REJECTED or RETURNED
     * @param missingItems what a return asks for (补正材料); empty otherwise
     */
    public record Decision(String decision, String reason, List<String> missingItems, OffsetDateTime at) {
    }

    /**
     * @param details   the type's own fields, in the order they are sent
     * @param decisions oldest first; none while the filing waits for review
     */
    public record Filing(String key, String type, String estateKey, String companyKey, OffsetDateTime submittedAt,
                         Map<String, Object> details, List<Decision> decisions) {

        public Optional<Decision> approval() {
            return decisions.stream().filter(d -> d.decision().equals("APPROVED")).findFirst();
        }
    }

    // ---- complaints ----

    public enum StepKind { ASSIGNMENT, URGING, RESPONSE, RESOLUTION, CALLBACK, MERGE }

    /**
     * @param text         the note (urging, response) or the result (resolution)
     * @param satisfaction for a callback: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED
     * @param mergeInto    for a merge: the key of the complaint it duplicates
     */
    public record Step(StepKind kind, OffsetDateTime at, String text, String satisfaction, String mergeInto) {
    }

    /** @param type COMPANY (a company key) or STREET (a street name) */
    public record Assignee(String type, String id) {
    }

    /**
     * @param estateKey     the estate by its register id; null when the complaint names it by {@code address} only
     * @param hotlineSystem pushed by a hotline system with its API key; otherwise entered by the section's staff
     * @param assignee      whom the complaint is dispatched to: the estate's company, or its street office
     * @param finalStatus   where the steps leave it at the end of the period
     */
    public record Complaint(String key, String channel, String externalId, OffsetDateTime receivedAt, String estateKey,
                            String address, String category, String description, String complainantName,
                            String phone, boolean hotlineSystem, Assignee assignee, List<Step> steps,
                            String finalStatus) {
    }

    // ---- renovation ----

    /** @param noticeFrom the public notice's first day (PUBLIC_NOTICE only) */
    public record MilestoneReached(String milestone, OffsetDateTime at, LocalDate noticeFrom, LocalDate noticeTo) {
    }

    public record RenovationProject(String key, List<String> estateKeys, String type, double floorAreaM2,
                                    int households, int buildings, boolean centralSubsidy, OffsetDateTime plannedAt,
                                    Map<String, LocalDate> schedule, List<MilestoneReached> milestones) {
    }

    public record Renovation(String programmeCode, String programmeTitle, List<RenovationProject> projects) {
    }

    // ---- assessment ----

    public record Round(String name, String checklist, OffsetDateTime openedAt, OffsetDateTime closesAt,
                       List<String> streets, List<String> estateKeys, List<String> inspectors, BigDecimal threshold,
                       OffsetDateTime publishedAt) {
    }

    /** @param items score per checklist item code; the total is theirs, computed by the service too */
    public record Score(String estateKey, Map<String, BigDecimal> items, OffsetDateTime at, String mediaNote) {

        public BigDecimal total() {
            return items.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * An interview (约谈) of an estate's company with its street and community.
     *
     * @param byRound     scheduled by the round itself (a score under the threshold); otherwise arranged by staff
     * @param scheduledAt when it is to be held (only for the ones staff arrange)
     */
    public record Interview(String estateKey, boolean byRound, OffsetDateTime arrangedAt, OffsetDateTime scheduledAt,
                            String reason, OffsetDateTime heldAt, List<String> attendees, String commitment) {
    }

    /** @param outcome VERIFIED or FAILED */
    public record ReInspection(String outcome, OffsetDateTime at, String note) {
    }

    /** The rectification order a score under the threshold issues, and its re-inspections (回头看). */
    public record Rectification(String estateKey, List<ReInspection> reInspections) {
    }

    public record Assessment(Round round, List<Score> scores, List<Interview> interviews,
                             List<Rectification> rectifications) {

        public List<Score> below(BigDecimal threshold) {
            return scores.stream().filter(s -> s.total().compareTo(threshold) < 0).toList();
        }
    }

    // ---- other supervision work ----

    public record LaneFeature(boolean present, boolean toStandard) {

        public boolean ok() {
            return present && toStandard;
        }
    }

    public record FireLaneCheck(String key, String estateKey, LaneFeature markings, LaneFeature signs,
                                LaneFeature boards, List<String> qualityIssues, String note, OffsetDateTime at) {
    }

    public record DisorderStep(String step, OffsetDateTime at, String note) {
    }

    /** @param steps the first is where the case opened; {@code closedAt} null while it is open */
    public record DisorderCase(String key, String estateKey, String disorderType, List<DisorderStep> steps,
                               OffsetDateTime closedAt, String closingNote) {
    }

    public record EpidemicCheck(String key, String estateKey, boolean closedManagement, boolean disinfected,
                                OffsetDateTime at) {
    }

    public record SupplyHandout(String key, String companyKey, String item, String unit, int quantity,
                                OffsetDateTime at) {
    }

    /** @param recipientType STREET, COMPANY or OWNER */
    public record OutreachHandout(String key, String recipientType, int copies, OffsetDateTime at) {
    }

    // ---- generation ----

    /** The district for {@code seed} at {@code size}: the reference half-year for the default seed at size 1. */
    public static DistrictPlan generate(long seed, double size) {
        return generate(DemoFigures.forSeed(seed, size), seed);
    }

    public static DistrictPlan generate(DemoFigures targets, long seed) {
        DistrictRegister register = DistrictRegister.generate(targets, new Random(seed * 31 + 1));
        FilingHistory filings = FilingHistory.generate(targets, register, new Random(seed * 31 + 2));
        List<Complaint> complaints = ComplaintSchedule.generate(targets, register, filings,
                new Random(seed * 31 + 3));
        Renovation renovation = RenovationPlan.generate(targets, register, new Random(seed * 31 + 4));
        SupervisionWork work = SupervisionWork.generate(targets, register, filings, new Random(seed * 31 + 5));
        return new DistrictPlan(seed, targets, register.streets(), register.companies(), register.estates(),
                filings.filings(), complaints, renovation, work.assessment(), work.fireLaneChecks(),
                work.disorderCases(), work.epidemicChecks(), work.supplies(), work.outreach());
    }

    // ---- look-ups ----

    public Map<String, Estate> estatesByKey() {
        return estates.stream().collect(Collectors.toMap(Estate::key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    public Map<String, Company> companiesByKey() {
        return companies.stream().collect(Collectors.toMap(Company::key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** Estate key → company key once every approved filing has done its work: whom complaints are routed to. */
    public Map<String, String> managerAtEnd() {
        Map<String, String> managers = new LinkedHashMap<>();
        filings.stream().filter(f -> f.approval().isPresent())
                .sorted(java.util.Comparator.comparing(f -> f.approval().get().at()))
                .forEach(f -> {
                    switch (f.type()) {
                        case "PRELIMINARY_CONTRACT", "NEGOTIATED_SELECTION" -> managers.put(f.estateKey(), f.companyKey());
                        case "PROJECT_EXIT" -> managers.remove(f.estateKey(), f.companyKey());
                        default -> {
                        }
                    }
                });
        return managers;
    }

    /** What the platform's summary for the plan's period must show: counted from the plan, never copied. */
    public PlanFigures figures() {
        return PlanFigures.of(this);
    }

    /** The first instant after the period. */
    OffsetDateTime periodEnd() {
        return DistrictCalendar.endOf(targets.to());
    }

    OffsetDateTime periodStart() {
        return DistrictCalendar.at(targets.from(), 0, 0);
    }

    boolean inPeriod(OffsetDateTime at) {
        return !at.isBefore(periodStart()) && at.isBefore(periodEnd());
    }
}
