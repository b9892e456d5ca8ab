package io.estatewatch.filing.register;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.filing.Access;
import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.register.domain.Estate;
import io.estatewatch.filing.register.domain.EstateEntry;
import io.estatewatch.filing.register.domain.RegisterChange;
import io.estatewatch.filing.register.persistence.EstateDocument;
import io.estatewatch.filing.register.persistence.RegisterQueries.EstateFilter;
import io.estatewatch.filing.register.persistence.RegisterQueries;
import io.estatewatch.filing.store.AggregateStore;
import io.estatewatch.filing.store.Scope;
import io.estatewatch.filing.store.StoredTime;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the estates of the register: entered and corrected by hand (or imported), managed and graded by approved
 * filings. A name is registered once per street.
 */
@Service
public class EstateService {

    private static final int ATTEMPTS = 5;

    private final AggregateStore store;
    private final RegisterQueries queries;
    private final FilingSettings settings;
    private final Clock clock;

    public EstateService(AggregateStore store, RegisterQueries queries, FilingSettings settings, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        queries.ensureIndexes();
    }

    /** How writing an estate's entry ended. */
    public enum Outcome { REGISTERED, UPDATED, UNCHANGED }

    public record Written(Estate estate, Outcome outcome) {
    }

    /** Registers an estate; publishes EstateRegistered. A name already registered in the street is a 409. */
    public Estate register(Caller caller, EstateEntry.Draft draft) {
        Access.requireDistrictStaff(caller);
        EstateEntry entry = EstateEntry.of(draft, thisYear());
        queries.estateByName(settings.districtId(), entry.street(), entry.name()).ifPresent(existing -> {
            throw nameTaken(entry, existing.getId());
        });
        return insert(entry);
    }

    /** Replaces an estate's entry; publishes EstateUpdated with the whole entry, or nothing when it is unchanged. */
    public Written update(Caller caller, String id, EstateEntry.Draft draft) {
        Access.requireDistrictStaff(caller);
        EstateEntry entry = EstateEntry.of(draft, thisYear());
        EstateDocument doc = document(id).orElseThrow(() -> ResourceNotFoundException.of("Estate", id));
        return write(doc, entry);
    }

    /**
     * Registers an estate from an imported row, found by street and name: a new one is registered, a changed one
     * updated, the same one left alone.
     */
    public Written importEntry(Caller caller, EstateEntry entry) {
        Access.requireDistrictStaff(caller);
        Optional<EstateDocument> existing = queries.estateByName(settings.districtId(), entry.street(), entry.name());
        if (existing.isEmpty()) {
            return new Written(insert(entry), Outcome.REGISTERED);
        }
        return write(existing.get(), entry);
    }

    public Estate get(Caller caller, String id) {
        Access.requireReader(caller);
        Scope scope = Scope.of(caller);
        return document(id)
                .filter(doc -> scope.covers(doc.getStreet(), doc.getCompanyId()))
                .map(EstateDocument::toDomain)
                .orElseThrow(() -> ResourceNotFoundException.of("Estate", id));
    }

    /** An estate of this district, whoever asks; for the filings' rules. */
    public Optional<Estate> find(String id) {
        return document(id).map(EstateDocument::toDomain);
    }

    public Page<Estate> list(Caller caller, EstateFilter filter, Pageable page) {
        Access.requireReader(caller);
        return queries.estates(filter, Scope.of(caller), page).map(EstateDocument::toDomain);
    }

    /**
     * Applies what an approved filing does to its estate, once: the write is conditional on the filing not being
     * applied yet, so a repetition (a retry, the sweeper after a crash) changes and publishes nothing.
     *
     * @return whether the estate exists (the change is applied, now or before)
     */
    public boolean apply(String estateId, RegisterChange change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<EstateDocument> found = document(estateId);
            if (found.isEmpty()) {
                return false;
            }
            EstateDocument doc = found.get();
            Estate estate = doc.toDomain();
            if (!estate.apply(change)) {
                return true;
            }
            List<DomainEvent> events = estate.takeEvents();
            doc.update(estate);
            if (store.update(doc, events, Criteria.where("appliedFilings").ne(change.filingId()))) {
                return true;
            }
        }
        throw new OptimisticLockingFailureException("Estate " + estateId + " kept changing while filing "
                + change.filingId() + " was applied to it");
    }

    private Written write(EstateDocument doc, EstateEntry entry) {
        Estate estate = doc.toDomain();
        boolean renamed = !estate.entry().name().equals(entry.name()) || !estate.entry().street().equals(entry.street());
        if (renamed) {
            queries.estateByName(settings.districtId(), entry.street(), entry.name())
                    .filter(other -> !other.getId().equals(estate.id()))
                    .ifPresent(other -> {
                        throw nameTaken(entry, other.getId());
                    });
        }
        if (!estate.update(entry, StoredTime.now(clock))) {
            return new Written(estate, Outcome.UNCHANGED);
        }
        List<DomainEvent> events = estate.takeEvents();
        doc.update(estate);
        store.update(doc, events);
        return new Written(estate, Outcome.UPDATED);
    }

    private Estate insert(EstateEntry entry) {
        Estate estate = Estate.register(UUID.randomUUID().toString(), settings.districtId(), entry, StoredTime.now(clock));
        store.insert(EstateDocument.of(estate), estate.takeEvents());
        return estate;
    }

    private Optional<EstateDocument> document(String id) {
        return store.find(id, EstateDocument.class).filter(doc -> doc.getDistrictId().equals(settings.districtId()));
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(settings.zone())).getYear();
    }

    private static ConflictException nameTaken(EstateEntry entry, String existingId) {
        return new ConflictException("Street " + entry.street() + " already has an estate named " + entry.name() + ".",
                Map.of("existingEstateId", existingId));
    }
}
