package io.estatewatch.assessment.disorder.domain;

import io.estatewatch.assessment.shared.domain.Aggregate;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.DisorderCaseClosed;
import io.estatewatch.events.assessment.DisorderCaseEscalated;
import io.estatewatch.events.assessment.DisorderCaseOpened;
import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A case of one of the ten disorders (十乱) at an estate. It opens with the company's persuasion and climbs the
 * ladder of {@link DisorderStep} — notice to the owner, report to the community and street, joint clearing action,
 * report to the fire-rescue authority, towing request to the traffic police — one dated step at a time (a step may be
 * skipped, never taken back), until it is closed at the step that cleared it.
 */
public final class DisorderCase extends Aggregate {

    private final String id;
    private final String districtId;
    private final EstateParties estate;
    private final String disorderType;
    private final String description;
    private final String location;
    private final List<StepTaken> steps;
    private DisorderCaseStatus status;
    private Instant closedAt;
    private String closingNote;

    private DisorderCase(String id, String districtId, EstateParties estate, String disorderType, String description,
                         String location, List<StepTaken> steps, DisorderCaseStatus status, Instant closedAt,
                         String closingNote) {
        this.id = id;
        this.districtId = districtId;
        this.estate = estate;
        this.disorderType = disorderType;
        this.description = description;
        this.location = location;
        this.steps = new ArrayList<>(steps);
        this.status = status;
        this.closedAt = closedAt;
        this.closingNote = closingNote;
    }

    /** Opens a case at its first step, the company's persuasion. */
    public static DisorderCase open(String id, String districtId, EstateParties estate, String disorderType,
                                    String description, String location, Instant at, String by, String note) {
        DisorderStep first = DisorderStep.values()[0];
        DisorderCase disorder = new DisorderCase(id, districtId, estate, disorderType, description, location,
                List.of(new StepTaken(first, at, by, note)), DisorderCaseStatus.OPEN, null, null);
        disorder.record(new DisorderCaseOpened(districtId, id, estate.estateId(), disorderType, first, at));
        return disorder;
    }

    public static DisorderCase restore(String id, String districtId, EstateParties estate, String disorderType,
                                       String description, String location, List<StepTaken> steps,
                                       DisorderCaseStatus status, Instant closedAt, String closingNote) {
        return new DisorderCase(id, districtId, estate, disorderType, description, location, steps, status, closedAt,
                closingNote);
    }

    /**
     * Moves the case up to {@code to}, or to the next step when {@code to} is null.
     *
     * @throws ConflictException     when the case is closed or at the last step already
     * @throws InvalidInputException when {@code to} is not above the current step, or {@code at} before the last step
     */
    public DisorderStep escalate(DisorderStep to, Instant at, String by, String note) {
        requireOpen();
        DisorderStep current = step();
        if (current.ordinal() == DisorderStep.values().length - 1) {
            throw new ConflictException("Disorder case '" + id + "' is at its last step, " + current + "; close it.",
                    Map.of("currentState", current.name()));
        }
        DisorderStep next = to == null ? DisorderStep.values()[current.ordinal() + 1] : to;
        if (next.ordinal() <= current.ordinal()) {
            throw InvalidInputException.of("step", "must come after the current step " + current);
        }
        requireAfterLastStep(at);
        steps.add(new StepTaken(next, at, by, note));
        record(new DisorderCaseEscalated(districtId, id, estate.estateId(), disorderType, next, at));
        return next;
    }

    /**
     * Closes the case at its current step: the disorder is cleared.
     *
     * @throws ConflictException when closed already
     */
    public void close(Instant at, String note) {
        requireOpen();
        requireAfterLastStep(at);
        status = DisorderCaseStatus.CLOSED;
        closedAt = at;
        closingNote = note;
        record(new DisorderCaseClosed(districtId, id, estate.estateId(), disorderType, step(), at));
    }

    private void requireOpen() {
        if (status == DisorderCaseStatus.CLOSED) {
            throw new ConflictException("Disorder case '" + id + "' is closed.", Map.of("currentState", status.name()));
        }
    }

    private void requireAfterLastStep(Instant at) {
        if (at.isBefore(steps.get(steps.size() - 1).at())) {
            throw InvalidInputException.of("at", "is before the case's last step");
        }
    }

    /** The step the case has reached. */
    public DisorderStep step() {
        return steps.get(steps.size() - 1).step();
    }

    public String id() {
        return id;
    }

    public String districtId() {
        return districtId;
    }

    public EstateParties estate() {
        return estate;
    }

    public String disorderType() {
        return disorderType;
    }

    public String description() {
        return description;
    }

    public String location() {
        return location;
    }

    public List<StepTaken> steps() {
        return List.copyOf(steps);
    }

    public DisorderCaseStatus status() {
        return status;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingNote() {
        return closingNote;
    }
}
