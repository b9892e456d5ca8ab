package io.estatewatch.reporting.complaint.domain;

import io.estatewatch.reporting.register.domain.Register;

import java.time.Instant;

/**
 * A complaint joined with the register at read time.
 *
 * @param street    the complaint's own street, else its estate's street as the register stood at the moment of the
 *                  report; null when neither is known yet
 * @param companyId the company it was last dispatched to by that moment, else the company managing its estate when
 *                  it was received; null when neither is known
 */
public record JoinedComplaint(ComplaintRow row, String street, String estateName, String companyId) {

    public static JoinedComplaint join(ComplaintRow row, Register register, Instant moment) {
        String street = row.street() != null && !row.street().isBlank() ? row.street()
                : register.streetOf(row.estateId(), moment).orElse(null);
        String company = row.assignedCompanyAt(moment)
                .or(() -> register.companyOf(row.estateId(), row.receivedAt() == null ? moment : row.receivedAt()))
                .orElse(null);
        return new JoinedComplaint(row, street, register.estateName(row.estateId(), moment).orElse(null), company);
    }
}
