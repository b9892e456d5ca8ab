package io.estatewatch.filing.review;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.Access;
import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.filing.register.CompanyService;
import io.estatewatch.filing.register.EstateService;
import io.estatewatch.filing.register.domain.Estate;
import io.estatewatch.filing.register.persistence.RegisterQueries;
import io.estatewatch.filing.review.domain.CrossFilingRules;
import io.estatewatch.filing.review.domain.Decision;
import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.filing.review.domain.FilingDetails;
import io.estatewatch.filing.review.domain.FilingStatus;
import io.estatewatch.filing.review.domain.ProjectExitDetails;
import io.estatewatch.filing.review.domain.ReviewDeadline;
import io.estatewatch.filing.review.domain.WorkingCalendar;
import io.estatewatch.filing.review.persistence.FilingQueries.FilingFilter;
import io.estatewatch.filing.review.persistence.FilingQueries;
import io.estatewatch.filing.review.persistence.FilingStore.Loaded;
import io.estatewatch.filing.review.persistence.FilingStore;
import io.estatewatch.filing.store.Scope;
import io.estatewatch.filing.store.StoredTime;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Submits filings, records the review's decisions and resubmissions, and reads filings. Each change is one document
 * write of the filing with the events it publishes; an approval then changes the estate ({@link RegisterEffects}).
 */
@Service
public class FilingService {

    private final FilingStore store;
    private final FilingQueries queries;
    private final EstateService estates;
    private final CompanyService companies;
    private final RegisterQueries register;
    private final RegisterEffects effects;
    private final FilingSettings settings;
    private final ReviewDeadline deadline;
    private final Clock clock;

    public FilingService(FilingStore store, FilingQueries queries, EstateService estates, CompanyService companies,
                         RegisterQueries register, RegisterEffects effects, FilingSettings settings, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.estates = estates;
        this.companies = companies;
        this.register = register;
        this.effects = effects;
        this.settings = settings;
        this.clock = clock;
        this.deadline = deadline(settings);
    }

    static ReviewDeadline deadline(FilingSettings settings) {
        List<LocalDate> holidays = new ArrayList<>();
        for (FilingSettings.DayRange range : settings.filing().holidays()) {
            for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
                holidays.add(day);
            }
        }
        return new ReviewDeadline(new WorkingCalendar(holidays, settings.filing().workdays()),
                settings.filing().reviewWorkingDays(), settings.zone());
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        queries.ensureIndexes();
    }

    /**
     * A filing to submit; the details are already read as the type's record but not yet checked.
     *
     * @param companyId   null for a company user means its own company
     * @param submittedAt null means now
     */
    public record Submission(FilingType type, String estateId, String companyId, Instant submittedAt,
                             FilingDetails details) {
    }

    public Filing submit(Caller caller, Submission submission) {
        String companyId = submission.companyId() == null && Access.isCompanyUser(caller)
                ? caller.companyId() : submission.companyId();
        Access.requireApplicant(caller, companyId);
        if (submission.type() == null) {
            throw InvalidInputException.of("type", "is required");
        }
        FilingDetails details = checked(submission.details());
        Estate estate = registeredEstate(submission.estateId());
        requireCompany("companyId", companyId);
        if (details instanceof ProjectExitDetails exit && exit.successorCompanyId() != null) {
            requireCompany("details.successorCompanyId", exit.successorCompanyId());
        }
        Instant now = StoredTime.now(clock);
        Instant submittedAt = submission.submittedAt() == null ? now : submission.submittedAt();
        CrossFilingRules.checkSubmission(submission.type(), companyId, details, submittedAt, estate,
                queries.ofEstate(settings.districtId(), estate.id(), null));
        Filing filing = Filing.submit(new Filing.FilingFacts(UUID.randomUUID().toString(), settings.districtId(),
                submission.type(), estate.id(), companyId, submittedAt), details, caller.username(), now, deadline);
        store.insert(filing);
        return filing;
    }

    /**
     * A reviewer's decision. An approval is checked against the register and the estate's other filings first, and
     * then changes the register.
     *
     * @param at null means now
     */
    public Filing decide(Caller caller, String id, Decision decision, String reason, List<String> missingItems,
                         Instant at) {
        Access.requireDistrictStaff(caller);
        Loaded loaded = load(id);
        Filing filing = loaded.filing();
        Instant now = StoredTime.now(clock);
        if (decision == Decision.APPROVED && filing.status() == FilingStatus.SUBMITTED) {
            Estate estate = registeredEstate(filing.facts().estateId());
            CrossFilingRules.checkApproval(filing, estate,
                    queries.ofEstate(settings.districtId(), estate.id(), filing.id()));
        }
        filing.decide(decision, caller.username(), reason, missingItems, at == null ? now : at, now);
        store.update(loaded);
        effects.applyNow(filing);
        return filing;
    }

    /**
     * The applicant resubmits a returned filing, with corrected details or without.
     *
     * @param corrected reads the corrected details as the filing's type; null keeps the details
     *
     * @param at null means now
     */
    public Filing resubmit(Caller caller, String id, Function<FilingType, FilingDetails> corrected, Instant at) {
        Loaded loaded = load(id);
        Filing filing = loaded.filing();
        Access.requireApplicant(caller, filing.facts().companyId());
        requireVisible(caller, filing);
        FilingDetails read = corrected.apply(filing.facts().type());
        FilingDetails details = read == null ? null : checked(read);
        if (filing.status() == FilingStatus.RETURNED) {
            Estate estate = registeredEstate(filing.facts().estateId());
            CrossFilingRules.checkSubmission(filing.facts().type(), filing.facts().companyId(),
                    details == null ? filing.details() : details, filing.facts().submittedAt(), estate,
                    queries.ofEstate(settings.districtId(), estate.id(), filing.id()));
        }
        Instant now = StoredTime.now(clock);
        filing.resubmit(details, caller.username(), at == null ? now : at, now, deadline);
        store.update(loaded);
        return filing;
    }

    public Filing get(Caller caller, String id) {
        Access.requireReader(caller);
        Filing filing = load(id).filing();
        requireVisible(caller, filing);
        return filing;
    }

    /** A filing the caller may change (attach to), as loaded for the change. */
    public Loaded forApplicant(Caller caller, String id) {
        Loaded loaded = load(id);
        Access.requireApplicant(caller, loaded.filing().facts().companyId());
        requireVisible(caller, loaded.filing());
        return loaded;
    }

    public Page<Filing> list(Caller caller, FilingFilter filter, Pageable page) {
        Access.requireReader(caller);
        return queries.find(filter, scope(caller), page).map(store::toDomain);
    }

    /** Filings per type of a period: submitted, completed (approved) and rejected in it; in review and overdue now. */
    public record Counts(Map<FilingType, Long> submitted, Map<FilingType, Long> completed,
                         Map<FilingType, Long> rejected, Map<FilingType, Long> inReview,
                         Map<FilingType, Long> overdue) {
    }

    /** @param from start of the period, inclusive; {@code to} end, exclusive */
    public Counts counts(Caller caller, Instant from, Instant to) {
        Access.requireReader(caller);
        Criteria scope = scope(caller);
        String district = settings.districtId();
        return new Counts(queries.countByType(district, "submittedAt", from, to, scope),
                queries.countByType(district, "approvedAt", from, to, scope),
                queries.countByType(district, "rejectedAt", from, to, scope),
                queries.countInReview(district, null, scope),
                queries.countInReview(district, StoredTime.now(clock), scope));
    }

    public Instant now() {
        return StoredTime.now(clock);
    }

    private Loaded load(String id) {
        return store.find(id, settings.districtId()).orElseThrow(() -> ResourceNotFoundException.of("Filing", id));
    }

    /** Street officers read the filings of their streets' estates, company users those naming their company. */
    private void requireVisible(Caller caller, Filing filing) {
        Scope scope = Scope.of(caller);
        boolean visible;
        if (scope.streets() != null) {
            visible = estates.find(filing.facts().estateId())
                    .map(estate -> scope.streets().contains(estate.entry().street())).orElse(false);
        } else {
            visible = scope.covers(null, filing.facts().companyId());
        }
        if (!visible) {
            throw ResourceNotFoundException.of("Filing", filing.id());
        }
    }

    /** The condition that limits filings to the caller's scope; null for every filing. */
    private Criteria scope(Caller caller) {
        Scope scope = Scope.of(caller);
        if (scope.streets() != null) {
            Set<String> estateIds = register.estateIdsIn(settings.districtId(), scope.streets());
            return Criteria.where("estateId").in(estateIds);
        }
        return scope.companyId() == null ? null : Criteria.where("companyId").is(scope.companyId());
    }

    private Estate registeredEstate(String estateId) {
        if (estateId == null || estateId.isBlank()) {
            throw InvalidInputException.of("estateId", "is required");
        }
        return estates.find(estateId)
                .orElseThrow(() -> InvalidInputException.of("estateId", "names no estate of the register"));
    }

    private void requireCompany(String field, String companyId) {
        if (companyId != null && !companies.exists(companyId)) {
            throw InvalidInputException.of(field, "names no company of the register");
        }
    }

    private static FilingDetails checked(FilingDetails details) {
        if (details == null) {
            throw InvalidInputException.of("details", "is required");
        }
        Problems problems = Problems.within("details");
        FilingDetails checked = details.checked(problems);
        problems.throwIfAny("The filing's details");
        return checked;
    }
}
