package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A complaint was taken in from a hotline system or by staff (受理). */
@EventContract(
        type = "estatewatch.complaint.received.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "A complaint was taken in from a hotline system or by staff (受理).")
public record ComplaintReceived(
        String districtId,
        String complaintId,
        String number,
        Channel channel,
        String externalId,
        ComplaintCategory category,
        String estateId,
        String street,
        String maskedPhone,
        String phoneHash,
        Instant responseDueAt,
        Instant resolutionDueAt,
        String probableDuplicateOf,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
