package io.estatewatch.complaint.handling.persistence;

import io.estatewatch.complaint.handling.domain.ComplaintStatus;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;

import java.time.Instant;

/**
 * What a listing asks for; null means any.
 *
 * @param from                received at or after
 * @param to                  received before
 * @param unassigned          true for the triage queue (no assignee yet)
 * @param probableDuplicate   true for complaints flagged as probable duplicates
 */
public record ComplaintFilter(String districtId, Channel channel, ComplaintStatus status, String estateId,
                              ComplaintCategory category, String street, String assigneeId, Instant from, Instant to,
                              Boolean unassigned, Boolean probableDuplicate) {
}
