package io.estatewatch.filing.register.web;

import io.estatewatch.filing.register.domain.CompanyEntry;
import io.estatewatch.filing.register.domain.PropertyCompany;
import io.estatewatch.filing.web.Times;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A company as the API shows it. */
public record CompanyResponse(String id, String name, String creditCode, ContactView contact,
                              String qualificationNotes, OffsetDateTime registeredAt) {

    public record ContactView(String name, String phone) {
    }

    public static CompanyResponse of(PropertyCompany company, ZoneId zone) {
        CompanyEntry entry = company.entry();
        ContactView contact = entry.contact() == null ? null
                : new ContactView(entry.contact().name(), entry.contact().phone());
        return new CompanyResponse(company.id(), entry.name(), entry.creditCode().value(), contact,
                entry.qualificationNotes(), Times.local(company.registeredAt(), zone));
    }
}
