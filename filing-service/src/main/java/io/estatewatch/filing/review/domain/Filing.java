package io.estatewatch.filing.review.domain;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.filing.FilingApproved;
import io.estatewatch.events.filing.FilingRejected;
import io.estatewatch.events.filing.FilingResubmitted;
import io.estatewatch.events.filing.FilingReturned;
import io.estatewatch.events.filing.FilingSubmitted;
import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.filing.register.domain.RegisterChange;
import io.estatewatch.servicekit.error.ConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A regulatory filing (备案) and its review: SUBMITTED → RETURNED (补正, the missing items listed) → resubmitted
 * (SUBMITTED again) → APPROVED or REJECTED. Each decision has its reviewer, reason and time; the review has a
 * deadline in working days, restarted by a resubmission.
 *
 * <p>Times in the past are accepted (back-entry of what really happened), times in the future are not, and no step
 * is earlier than the one before it. The reports count a filing as completed when it was approved, so
 * {@link FilingApproved#occurredAt()} is the decision's time.
 */
public final class Filing {

    private final FilingFacts facts;
    private FilingDetails details;
    private FilingStatus status;
    private Instant reviewStartedAt;
    private Instant reviewDueAt;
    private final List<ReviewStep> history;
    private final List<Attachment> attachments;
    private final List<DomainEvent> events = new ArrayList<>();

    /**
     * What does not change in a filing's life.
     *
     * @param companyId the company the filing concerns (the selected, contracted, inspecting or leaving company);
     *                  null where the type names none
     */
    public record FilingFacts(String id, String districtId, FilingType type, String estateId, String companyId,
                              Instant submittedAt) {
        public FilingFacts {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(districtId, "districtId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(estateId, "estateId");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    private Filing(FilingFacts facts, FilingDetails details, FilingStatus status, Instant reviewStartedAt,
                   Instant reviewDueAt, List<ReviewStep> history, List<Attachment> attachments) {
        this.facts = facts;
        this.details = details;
        this.status = status;
        this.reviewStartedAt = reviewStartedAt;
        this.reviewDueAt = reviewDueAt;
        this.history = new ArrayList<>(history);
        this.attachments = new ArrayList<>(attachments);
    }

    /**
     * Submits a filing. The details must be of the filing's type and already checked ({@link FilingDetails#checked}).
     */
    public static Filing submit(FilingFacts facts, FilingDetails details, String by, Instant now,
                                ReviewDeadline deadline) {
        if (details.type() != facts.type()) {
            throw new IllegalArgumentException(details.type() + " details for a " + facts.type() + " filing");
        }
        Problems problems = Problems.of();
        problems.past("submittedAt", facts.submittedAt(), now);
        if (FilingDetails.namesCompany(facts.type()) && facts.companyId() == null) {
            problems.add("companyId", "is required for a " + facts.type() + " filing");
        }
        problems.throwIfAny("The filing");
        Filing filing = new Filing(facts, details, FilingStatus.SUBMITTED, facts.submittedAt(),
                deadline.dueAt(facts.submittedAt()),
                List.of(new ReviewStep(ReviewStep.Kind.SUBMITTED, by, null, List.of(), facts.submittedAt())),
                List.of());
        filing.events.add(new FilingSubmitted(facts.districtId(), facts.id(), facts.type(), facts.estateId(),
                facts.companyId(), facts.submittedAt()));
        return filing;
    }

    public static Filing restore(FilingFacts facts, FilingDetails details, FilingStatus status,
                                 Instant reviewStartedAt, Instant reviewDueAt, List<ReviewStep> history,
                                 List<Attachment> attachments) {
        return new Filing(facts, details, status, reviewStartedAt, reviewDueAt, history, attachments);
    }

    /**
     * A reviewer's decision on a submitted filing. A return lists the missing items and a rejection gives its
     * reason; an approval may. Cross-filing rules are checked by {@link CrossFilingRules} before.
     */
    public void decide(Decision decision, String reviewer, String reason, List<String> missingItems, Instant at,
                       Instant now) {
        requireStatus(FilingStatus.SUBMITTED, "decided");
        Problems problems = Problems.of();
        problems.required("decision", decision);
        String cleanReason = decision == Decision.APPROVED
                ? problems.optionalText("reason", reason, 1_000)
                : problems.text("reason", reason, 1_000);
        List<String> missing = problems.texts("missingItems", missingItems,
                decision == Decision.RETURNED ? 1 : 0, 200);
        if (decision != Decision.RETURNED && !missing.isEmpty()) {
            problems.add("missingItems", "are listed only when a filing is returned for correction");
        }
        notBeforeReview(problems, "at", at, now);
        problems.throwIfAny("The decision");
        switch (decision) {
            case APPROVED -> {
                status = FilingStatus.APPROVED;
                history.add(new ReviewStep(ReviewStep.Kind.APPROVED, reviewer, cleanReason, List.of(), at));
                events.add(new FilingApproved(facts.districtId(), facts.id(), facts.type(), facts.estateId(),
                        facts.companyId(), reviewer, cleanReason, at));
            }
            case REJECTED -> {
                status = FilingStatus.REJECTED;
                history.add(new ReviewStep(ReviewStep.Kind.REJECTED, reviewer, cleanReason, List.of(), at));
                events.add(new FilingRejected(facts.districtId(), facts.id(), facts.type(), facts.estateId(),
                        facts.companyId(), reviewer, cleanReason, at));
            }
            case RETURNED -> {
                status = FilingStatus.RETURNED;
                history.add(new ReviewStep(ReviewStep.Kind.RETURNED, reviewer, cleanReason, missing, at));
                events.add(new FilingReturned(facts.districtId(), facts.id(), facts.type(), missing, reviewer,
                        cleanReason, at));
            }
        }
    }

    /**
     * The applicant resubmits a returned filing with the missing material; new details (of the same type, checked)
     * replace the old ones, null keeps them. The review deadline starts again.
     */
    public void resubmit(FilingDetails corrected, String by, Instant at, Instant now, ReviewDeadline deadline) {
        if (corrected != null && corrected.type() != facts.type()) {
            throw new IllegalArgumentException(corrected.type() + " details for a " + facts.type() + " filing");
        }
        requireStatus(FilingStatus.RETURNED, "resubmitted");
        Problems problems = Problems.of();
        notBeforeReview(problems, "at", at, now);
        problems.throwIfAny("The resubmission");
        if (corrected != null) {
            details = corrected;
        }
        status = FilingStatus.SUBMITTED;
        reviewStartedAt = at;
        reviewDueAt = deadline.dueAt(at);
        history.add(new ReviewStep(ReviewStep.Kind.RESUBMITTED, by, null, List.of(), at));
        events.add(new FilingResubmitted(facts.districtId(), facts.id(), facts.type(), at));
    }

    /**
     * Adds an attachment while the filing is in review. The same content under the same name is the attachment
     * already there.
     */
    public Attachment attach(Attachment attachment) {
        Optional<Attachment> same = attachments.stream()
                .filter(existing -> existing.sha256().equals(attachment.sha256())
                        && existing.name().equals(attachment.name()))
                .findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        if (!status.inReview()) {
            throw conflict("Filing " + facts.id() + " is " + status + "; attachments are added while it is in review.");
        }
        attachments.add(attachment);
        return attachment;
    }

    public Optional<Attachment> attachment(String attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }

    /** What the approval does to the register, once the filing is approved. */
    public Optional<RegisterChange> registerChange() {
        if (status != FilingStatus.APPROVED) {
            return Optional.empty();
        }
        return details.registerChange(facts.id(), facts.companyId(), approvedAt().orElseThrow());
    }

    /** When the filing was approved, if it was. */
    public Optional<Instant> approvedAt() {
        return lastStep(ReviewStep.Kind.APPROVED).map(ReviewStep::at);
    }

    /** When the filing was approved or rejected, if it was. */
    public Optional<Instant> decidedAt() {
        return status == FilingStatus.APPROVED || status == FilingStatus.REJECTED
                ? Optional.of(history.get(history.size() - 1).at()) : Optional.empty();
    }

    /** Whether a reviewer still has to decide and the deadline has passed. */
    public boolean overdue(Instant now) {
        return status == FilingStatus.SUBMITTED && !now.isBefore(reviewDueAt);
    }

    /** The events recorded since the last call, oldest first; the caller stages them with the saved state. */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    private Optional<ReviewStep> lastStep(ReviewStep.Kind kind) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).kind() == kind) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    private void notBeforeReview(Problems problems, String field, Instant at, Instant now) {
        if (problems.past(field, at, now) != null) {
            Instant previous = history.get(history.size() - 1).at();
            if (at.isBefore(previous)) {
                problems.add(field, "must not be before the filing's last step (" + previous + ")");
            }
        }
    }

    private void requireStatus(FilingStatus expected, String verb) {
        if (status != expected) {
            throw conflict("Filing " + facts.id() + " is " + status + "; only a " + expected
                    + " filing can be " + verb + ".");
        }
    }

    private ConflictException conflict(String detail) {
        return new ConflictException(detail, Map.of("currentState", status.name()));
    }

    public FilingFacts facts() {
        return facts;
    }

    public String id() {
        return facts.id();
    }

    public FilingDetails details() {
        return details;
    }

    public FilingStatus status() {
        return status;
    }

    public Instant reviewStartedAt() {
        return reviewStartedAt;
    }

    public Instant reviewDueAt() {
        return reviewDueAt;
    }

    public List<ReviewStep> history() {
        return List.copyOf(history);
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }
}
