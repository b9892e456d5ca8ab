package io.estatewatch.filing.register.domain;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.register.PropertyCompanyRegistered;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A property-service company in the register. Its credit code identifies it: the register holds each code once.
 * The event carries the name and the code only; the contact person stays here.
 */
public final class PropertyCompany {

    private final String id;
    private final String districtId;
    private final Instant registeredAt;
    private final CompanyEntry entry;
    private final List<DomainEvent> events;

    private PropertyCompany(String id, String districtId, Instant registeredAt, CompanyEntry entry,
                            List<DomainEvent> events) {
        this.id = Objects.requireNonNull(id, "id");
        this.districtId = Objects.requireNonNull(districtId, "districtId");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.entry = Objects.requireNonNull(entry, "entry");
        this.events = events;
    }

    public static PropertyCompany register(String id, String districtId, CompanyEntry entry, Instant at) {
        return new PropertyCompany(id, districtId, at, entry, List.of(new PropertyCompanyRegistered(districtId, id,
                entry.name(), entry.creditCode().value(), at)));
    }

    public static PropertyCompany restore(String id, String districtId, Instant registeredAt, CompanyEntry entry) {
        return new PropertyCompany(id, districtId, registeredAt, entry, List.of());
    }

    /** Whether {@code other} registers the same company the same way (a repeated import row). */
    public boolean sameEntry(CompanyEntry other) {
        return entry.equals(other);
    }

    public List<DomainEvent> events() {
        return events;
    }

    public String id() {
        return id;
    }

    public String districtId() {
        return districtId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public CompanyEntry entry() {
        return entry;
    }
}
