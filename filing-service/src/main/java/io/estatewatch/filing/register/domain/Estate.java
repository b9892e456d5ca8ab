package io.estatewatch.filing.register.domain;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateManagementEnded;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.EstateServiceGradeSet;
import io.estatewatch.events.register.EstateUpdated;
import io.estatewatch.events.register.ServiceGrade;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An estate in the register (物业小区): its entry, kept by hand, and what approved filings set on it: the property
 * company that manages it, the preliminary contract in force and the service grade.
 *
 * <p>Every change records the event it publishes; {@link #takeEvents()} hands them to the outbox.
 */
public final class Estate {

    private final String id;
    private final String districtId;
    private final Instant registeredAt;
    private EstateEntry entry;
    private String companyId;
    private ServiceGrade serviceGrade;
    private ManagementContract contract;
    private final Set<String> appliedFilings;
    private final List<DomainEvent> events = new ArrayList<>();

    private Estate(String id, String districtId, Instant registeredAt, EstateEntry entry, String companyId,
                   ServiceGrade serviceGrade, ManagementContract contract, Set<String> appliedFilings) {
        this.id = Objects.requireNonNull(id, "id");
        this.districtId = Objects.requireNonNull(districtId, "districtId");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.entry = Objects.requireNonNull(entry, "entry");
        this.companyId = companyId;
        this.serviceGrade = serviceGrade;
        this.contract = contract;
        this.appliedFilings = new LinkedHashSet<>(appliedFilings);
    }

    /** Enters an estate into the register; it has no company and no grade until filings give it one. */
    public static Estate register(String id, String districtId, EstateEntry entry, Instant at) {
        Estate estate = new Estate(id, districtId, at, entry, null, null, null, Set.of());
        estate.events.add(new EstateRegistered(districtId, id, entry.name(), entry.aliases(), entry.street(),
                entry.community(), entry.address(), entry.buildings(), entry.households(), entry.floorAreaM2(),
                entry.builtYear(), entry.closedManagement(), at));
        return estate;
    }

    public static Estate restore(String id, String districtId, Instant registeredAt, EstateEntry entry,
                                 String companyId, ServiceGrade serviceGrade, ManagementContract contract,
                                 Set<String> appliedFilings) {
        return new Estate(id, districtId, registeredAt, entry, companyId, serviceGrade, contract, appliedFilings);
    }

    /** Replaces the entry; publishes the whole new entry, or nothing when it is the same. */
    public boolean update(EstateEntry changed, Instant at) {
        if (changed.equals(entry)) {
            return false;
        }
        entry = changed;
        events.add(new EstateUpdated(districtId, id, changed.name(), changed.aliases(), changed.street(),
                changed.community(), changed.address(), changed.buildings(), changed.households(),
                changed.floorAreaM2(), changed.builtYear(), changed.closedManagement(), at));
        return true;
    }

    /**
     * Applies what an approved filing does to the register, once per filing. An exit of a company that no longer
     * manages the estate ends nothing and publishes nothing.
     *
     * @return whether this call applied the change (false when the filing was applied before)
     */
    public boolean apply(RegisterChange change) {
        if (!appliedFilings.add(change.filingId())) {
            return false;
        }
        if (change instanceof RegisterChange.AssignManagement assign) {
            companyId = assign.companyId();
            if (assign.contract() != null) {
                contract = assign.contract();
            }
            events.add(new EstateManagementAssigned(districtId, id, assign.companyId(), assign.filingId(),
                    assign.at()));
        } else if (change instanceof RegisterChange.EndManagement end) {
            if (end.companyId().equals(companyId)) {
                companyId = null;
                if (contract != null && contract.companyId().equals(end.companyId())) {
                    contract = null;
                }
                events.add(new EstateManagementEnded(districtId, id, end.companyId(), end.filingId(), end.at()));
            }
        } else if (change instanceof RegisterChange.SetServiceGrade grade) {
            serviceGrade = grade.grade();
            events.add(new EstateServiceGradeSet(districtId, id, grade.grade(), grade.filingId(), grade.at()));
        }
        return true;
    }

    /** The preliminary contract still running on {@code day}, if any. */
    public Optional<ManagementContract> contractInForceOn(LocalDate day) {
        return Optional.ofNullable(contract).filter(running -> running.inForceOn(day));
    }

    /** Whether {@code company} manages the estate now. */
    public boolean isManagedBy(String company) {
        return company != null && company.equals(companyId);
    }

    public boolean hasApplied(String filingId) {
        return appliedFilings.contains(filingId);
    }

    /** The events recorded since the last call, oldest first; the caller stages them with the saved state. */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
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

    public EstateEntry entry() {
        return entry;
    }

    public String companyId() {
        return companyId;
    }

    public ServiceGrade serviceGrade() {
        return serviceGrade;
    }

    public Optional<ManagementContract> contract() {
        return Optional.ofNullable(contract);
    }

    public Set<String> appliedFilings() {
        return Set.copyOf(appliedFilings);
    }
}
