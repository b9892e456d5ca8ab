package io.estatewatch.assessment.followup.domain;

import io.estatewatch.assessment.shared.domain.Aggregate;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.RectificationFailed;
import io.estatewatch.events.assessment.RectificationOrdered;
import io.estatewatch.events.assessment.RectificationVerified;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rectification order (整改): the failed items of an estate's assessment, with a deadline. Each re-inspection
 * (回头看) verifies it (every item rectified) or fails it: a failed order escalates and gets a new deadline, and is
 * inspected again until it is verified.
 */
public final class RectificationOrder extends Aggregate {

    private final String id;
    private final String districtId;
    private final String roundId;
    private final EstateParties parties;
    private final Instant orderedAt;
    private List<OrderItem> items;
    private Instant dueAt;
    private RectificationStatus status;
    private int escalations;
    private final List<ReInspection> reInspections;

    private RectificationOrder(String id, String districtId, String roundId, EstateParties parties, Instant orderedAt,
                               List<OrderItem> items, Instant dueAt, RectificationStatus status, int escalations,
                               List<ReInspection> reInspections) {
        this.id = id;
        this.districtId = districtId;
        this.roundId = roundId;
        this.parties = parties;
        this.orderedAt = orderedAt;
        this.items = List.copyOf(items);
        this.dueAt = dueAt;
        this.status = status;
        this.escalations = escalations;
        this.reInspections = new ArrayList<>(reInspections);
    }

    public static RectificationOrder issue(String id, String districtId, String roundId, EstateParties parties,
                                           List<OrderItem> items, Instant orderedAt, Instant dueAt) {
        if (!dueAt.isAfter(orderedAt)) {
            throw InvalidInputException.of("rectificationDueAt", "must be after the order is issued");
        }
        RectificationOrder order = new RectificationOrder(id, districtId, roundId, parties, orderedAt, items, dueAt,
                RectificationStatus.ORDERED, 0, List.of());
        order.record(new RectificationOrdered(districtId, id, roundId, parties.estateId(), parties.companyId(),
                items.stream().map(OrderItem::code).toList(), dueAt, orderedAt));
        return order;
    }

    public static RectificationOrder restore(String id, String districtId, String roundId, EstateParties parties,
                                             Instant orderedAt, List<OrderItem> items, Instant dueAt,
                                             RectificationStatus status, int escalations,
                                             List<ReInspection> reInspections) {
        return new RectificationOrder(id, districtId, roundId, parties, orderedAt, items, dueAt, status, escalations,
                reInspections);
    }

    /**
     * A re-inspection's findings.
     *
     * @param outcome    VERIFIED or FAILED as the inspector judged it, or null to judge by the items
     * @param rectified  item code → whether it is rectified now; items not named keep what the last re-inspection
     *                   found. Without any, VERIFIED rectifies every item and FAILED leaves them as they were.
     */
    public record Findings(Outcome outcome, Map<String, Boolean> rectified, Instant at, String by, String note,
                           Instant newDueAt) {

        public Findings {
            rectified = rectified == null ? Map.of() : Map.copyOf(rectified);
        }
    }

    public enum Outcome { VERIFIED, FAILED }

    /**
     * Re-inspects the order: verified when every item is rectified; otherwise failed, escalated, and due again at
     * {@code newDueAt} (or {@code at} plus {@code extension}).
     *
     * @throws ConflictException     when the order is verified already
     * @throws InvalidInputException for items not on the order, an outcome the items contradict, dates out of order
     */
    public RectificationStatus reInspect(Findings findings, Duration extension) {
        if (status == RectificationStatus.VERIFIED) {
            throw new ConflictException("Rectification order '" + id + "' is verified already.",
                    Map.of("currentState", status.name()));
        }
        if (findings.at().isBefore(orderedAt)) {
            throw InvalidInputException.of("at", "is before the order was issued");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, OrderItem> next = new LinkedHashMap<>();
        items.forEach(item -> next.put(item.code(), item));
        findings.rectified().forEach((code, rectified) -> {
            if (!next.containsKey(code)) {
                problems.add(new FieldProblem("items", "item " + code + " is not on the order"));
            } else {
                next.put(code, next.get(code).rectified(rectified));
            }
        });
        if (findings.rectified().isEmpty() && findings.outcome() == Outcome.VERIFIED) {
            next.replaceAll((code, item) -> item.rectified(true));
        }
        boolean allRectified = next.values().stream().allMatch(OrderItem::rectified);
        Outcome outcome = findings.outcome() == null ? (allRectified ? Outcome.VERIFIED : Outcome.FAILED)
                : findings.outcome();
        if (outcome == Outcome.VERIFIED && !allRectified) {
            problems.add(new FieldProblem("outcome", "VERIFIED, but items are not rectified"));
        }
        if (outcome == Outcome.FAILED && findings.newDueAt() != null && !findings.newDueAt().isAfter(findings.at())) {
            problems.add(new FieldProblem("newDueAt", "must be after the re-inspection"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The re-inspection breaks " + problems.size() + " rule(s).", problems);
        }
        items = List.copyOf(next.values());
        List<String> stillOpen = items.stream().filter(item -> !item.rectified()).map(OrderItem::code).toList();
        if (outcome == Outcome.VERIFIED) {
            status = RectificationStatus.VERIFIED;
            reInspections.add(new ReInspection(findings.at(), findings.by(), status, List.of(), findings.note(), null));
            record(new RectificationVerified(districtId, id, parties.estateId(), findings.at()));
        } else {
            status = RectificationStatus.ESCALATED;
            escalations++;
            dueAt = findings.newDueAt() != null ? findings.newDueAt() : findings.at().plus(extension);
            reInspections.add(new ReInspection(findings.at(), findings.by(), status, stillOpen, findings.note(), dueAt));
            record(new RectificationFailed(districtId, id, parties.estateId(), true, findings.at()));
        }
        return status;
    }


    public String id() {
        return id;
    }

    public String districtId() {
        return districtId;
    }

    public String roundId() {
        return roundId;
    }

    public EstateParties parties() {
        return parties;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public List<OrderItem> items() {
        return items;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public RectificationStatus status() {
        return status;
    }

    public int escalations() {
        return escalations;
    }

    public List<ReInspection> reInspections() {
        return List.copyOf(reInspections);
    }
}
