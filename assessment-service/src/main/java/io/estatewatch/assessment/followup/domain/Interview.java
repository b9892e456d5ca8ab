package io.estatewatch.assessment.followup.domain;

import io.estatewatch.assessment.shared.domain.Aggregate;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.InterviewHeld;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An interview (约谈): the estate's property company summoned by the section with the street and the community,
 * after a failed assessment or for another reason. Scheduled first; holding it is the published fact, with the
 * commitment the company's head made (表态).
 */
public final class Interview extends Aggregate {

    private final String id;
    private final String districtId;
    private final String roundId;
    private final EstateParties parties;
    private final String reason;
    private final Instant scheduledAt;
    private final Instant createdAt;
    private InterviewStatus status;
    private Instant heldAt;
    private List<String> attendees;
    private String commitment;

    private Interview(String id, String districtId, String roundId, EstateParties parties, String reason,
                      Instant scheduledAt, Instant createdAt, InterviewStatus status, Instant heldAt,
                      List<String> attendees, String commitment) {
        this.id = id;
        this.districtId = districtId;
        this.roundId = roundId;
        this.parties = parties;
        this.reason = reason;
        this.scheduledAt = scheduledAt;
        this.createdAt = createdAt;
        this.status = status;
        this.heldAt = heldAt;
        this.attendees = attendees == null ? List.of() : List.copyOf(attendees);
        this.commitment = commitment;
    }

    /** @param roundId the round whose results summoned the company, or null */
    public static Interview schedule(String id, String districtId, String roundId, EstateParties parties, String reason,
                                     Instant scheduledAt, Instant createdAt) {
        return new Interview(id, districtId, roundId, parties, reason, scheduledAt, createdAt,
                InterviewStatus.SCHEDULED, null, List.of(), null);
    }

    public static Interview restore(String id, String districtId, String roundId, EstateParties parties, String reason,
                                    Instant scheduledAt, Instant createdAt, InterviewStatus status, Instant heldAt,
                                    List<String> attendees, String commitment) {
        return new Interview(id, districtId, roundId, parties, reason, scheduledAt, createdAt, status, heldAt,
                attendees, commitment);
    }

    /**
     * @throws ConflictException     when it was held already
     * @throws InvalidInputException when {@code at} is before it was scheduled
     */
    public void hold(Instant at, List<String> attendees, String commitment) {
        if (status == InterviewStatus.HELD) {
            throw new ConflictException("Interview '" + id + "' was held already.", Map.of("currentState", status.name()));
        }
        if (at.isBefore(createdAt)) {
            throw InvalidInputException.of("at", "is before the interview was scheduled");
        }
        status = InterviewStatus.HELD;
        heldAt = at;
        this.attendees = attendees == null ? List.of() : List.copyOf(attendees);
        this.commitment = commitment;
        record(new InterviewHeld(districtId, id, roundId, parties.estateId(), parties.companyId(), parties.street(),
                parties.community(), at));
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

    public String reason() {
        return reason;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public InterviewStatus status() {
        return status;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public List<String> attendees() {
        return attendees;
    }

    public String commitment() {
        return commitment;
    }
}
