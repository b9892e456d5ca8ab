package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A property company was summoned to an interview with the street and community (约谈). */
@EventContract(
        type = "estatewatch.assessment.interview.held.v1",
        topic = Topic.ASSESSMENT,
        key = "interviewId",
        meaning = "A property company was summoned to an interview with the street and community (约谈).")
public record InterviewHeld(
        String districtId,
        String interviewId,
        String roundId,
        String estateId,
        String companyId,
        String street,
        String community,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return interviewId;
    }
}
