package io.estatewatch.filing.register;

import io.estatewatch.filing.Access;
import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.register.domain.CompanyEntry;
import io.estatewatch.filing.register.domain.PropertyCompany;
import io.estatewatch.filing.register.persistence.CompanyDocument;
import io.estatewatch.filing.register.persistence.RegisterQueries;
import io.estatewatch.filing.store.AggregateStore;
import io.estatewatch.filing.store.StoredTime;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registers property-service companies and reads them. A credit code is registered once. */
@Service
public class CompanyService {

    private final AggregateStore store;
    private final RegisterQueries queries;
    private final FilingSettings settings;
    private final Clock clock;

    public CompanyService(AggregateStore store, RegisterQueries queries, FilingSettings settings, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    /** How registering a company ended. */
    public enum Outcome { REGISTERED, UNCHANGED }

    public record Registration(PropertyCompany company, Outcome outcome) {
    }

    /**
     * Registers a company; publishes PropertyCompanyRegistered. A credit code already registered is a 409 naming the
     * company that holds it.
     */
    public PropertyCompany register(Caller caller, CompanyEntry.Draft draft) {
        Access.requireDistrictStaff(caller);
        CompanyEntry entry = CompanyEntry.of(draft);
        Optional<CompanyDocument> existing = queries.companyByCreditCode(settings.districtId(), entry.creditCode().value());
        if (existing.isPresent()) {
            throw alreadyRegistered(entry, existing.get().toDomain());
        }
        return insert(entry);
    }

    /**
     * Registers a company from an imported row: the same entry again changes nothing; the same credit code with
     * other data is a 409.
     */
    public Registration importEntry(Caller caller, CompanyEntry entry) {
        Access.requireDistrictStaff(caller);
        Optional<CompanyDocument> existing = queries.companyByCreditCode(settings.districtId(), entry.creditCode().value());
        if (existing.isPresent()) {
            PropertyCompany company = existing.get().toDomain();
            if (company.sameEntry(entry)) {
                return new Registration(company, Outcome.UNCHANGED);
            }
            throw alreadyRegistered(entry, company);
        }
        return new Registration(insert(entry), Outcome.REGISTERED);
    }

    public PropertyCompany get(Caller caller, String id) {
        Access.requireReader(caller);
        return find(id)
                .filter(company -> caller.isStaff() || caller.maySeeCompany(company.id()))
                .orElseThrow(() -> ResourceNotFoundException.of("Company", id));
    }

    /** Whether the company is registered in this district. */
    public boolean exists(String id) {
        return id != null && queries.companyExists(settings.districtId(), id);
    }

    public Page<PropertyCompany> list(Caller caller, String name, Pageable page) {
        Access.requireReader(caller);
        String only = caller.isStaff() ? null : caller.companyId();
        return queries.companies(settings.districtId(), name, only, page).map(CompanyDocument::toDomain);
    }

    private Optional<PropertyCompany> find(String id) {
        return store.find(id, CompanyDocument.class)
                .filter(doc -> doc.getDistrictId().equals(settings.districtId()))
                .map(CompanyDocument::toDomain);
    }

    private PropertyCompany insert(CompanyEntry entry) {
        PropertyCompany company = PropertyCompany.register(UUID.randomUUID().toString(), settings.districtId(), entry,
                StoredTime.now(clock));
        store.insert(CompanyDocument.of(company), company.events());
        return company;
    }

    private static ConflictException alreadyRegistered(CompanyEntry entry, PropertyCompany holder) {
        return new ConflictException("Credit code " + entry.creditCode() + " is already registered to company "
                + holder.id() + " (" + holder.entry().name() + ").", Map.of("existingCompanyId", holder.id()));
    }
}
