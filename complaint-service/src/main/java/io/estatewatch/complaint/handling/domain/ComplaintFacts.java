package io.estatewatch.complaint.handling.domain;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;

import java.time.Instant;
import java.util.Objects;

/**
 * What a complaint was received with; fixed for its life. Personal data is here only masked and as a keyed hash: the
 * encrypted name and phone number are kept by the persistence adapter, never by the domain.
 *
 * @param externalId  the hotline system's ticket number (with {@code channel}, the natural key); null for staff entries
 *                    without one
 * @param estateId    the register's estate, or null when the complaint waits in the triage queue
 * @param estateName  the estate's name when known
 * @param street      the estate's street when known
 * @param address     the free-text address given, if any
 * @param maskedPhone the complainant's phone as {@code 138****1234}, or null
 * @param phoneHash   the keyed hash (HMAC) of the phone number, for duplicate detection, or null
 * @param receivedBy  the username of the caller who pushed or entered it
 */
public record ComplaintFacts(
        String id,
        String districtId,
        String number,
        Channel channel,
        String externalId,
        ComplaintCategory category,
        String description,
        String estateId,
        String estateName,
        String street,
        String address,
        String maskedPhone,
        String phoneHash,
        Instant receivedAt,
        Instant responseDueAt,
        Instant resolutionDueAt,
        String receivedBy) {

    public ComplaintFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(responseDueAt, "responseDueAt");
        Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
    }
}
