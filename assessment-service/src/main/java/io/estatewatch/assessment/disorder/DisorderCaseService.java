package io.estatewatch.assessment.disorder;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.disorder.domain.DisorderCase;
import io.estatewatch.assessment.disorder.domain.DisorderCaseStatus;
import io.estatewatch.assessment.disorder.persistence.DisorderCaseDocument;
import io.estatewatch.assessment.register.Estate;
import io.estatewatch.assessment.register.EstateDirectory;
import io.estatewatch.assessment.shared.AggregateStore;
import io.estatewatch.assessment.shared.EstateScope;
import io.estatewatch.assessment.shared.Filter;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Cases of the ten disorders: opened, escalated step by step and closed by the estate's company, its street's staff
 * or the district.
 */
@Service
public class DisorderCaseService {

    private final AggregateStore store;
    private final EstateDirectory estates;
    private final ServiceSettings settings;
    private final Clock clock;

    public DisorderCaseService(AggregateStore store, EstateDirectory estates, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.estates = estates;
        this.settings = settings;
        this.clock = clock;
    }

    /** The configured disorder types, code → label, in order. */
    public Map<String, String> types() {
        return settings.assessment().disorderTypes();
    }

    public DisorderCase open(Caller caller, String estateId, String disorderType, String description, String location,
                             String note, OffsetDateTime at) {
        Estate estate = estates.find(estateId)
                .orElseThrow(() -> InvalidInputException.of("estateId", "is not an estate of the register"));
        Access.requirePartyFor(caller, estate);
        if (!types().containsKey(disorderType)) {
            throw InvalidInputException.of("disorderType", "is not one of the disorder types " + types().keySet());
        }
        DisorderCase disorder = DisorderCase.open(UUID.randomUUID().toString(), settings.districtId(),
                EstateParties.of(estate), disorderType, description, location,
                Times.occurred("at", at, clock.instant()), caller.username(), note);
        store.insert(DisorderCaseDocument.of(disorder), disorder.takeEvents());
        return disorder;
    }

    public DisorderCase escalate(Caller caller, String id, DisorderStep to, String note, OffsetDateTime at) {
        return change(caller, id, disorder -> disorder.escalate(to, Times.occurred("at", at, clock.instant()),
                caller.username(), note));
    }

    public DisorderCase close(Caller caller, String id, String note, OffsetDateTime at) {
        return change(caller, id, disorder -> disorder.close(Times.occurred("at", at, clock.instant()), note));
    }

    public DisorderCase get(Caller caller, String id) {
        return load(caller, id).toDomain();
    }

    public Page<DisorderCase> list(Caller caller, String disorderType, DisorderStep step, DisorderCaseStatus status,
                                   String estateId, Instant from, Instant to, Pageable page) {
        Access.requireEstateParty(caller);
        Filter filter = Filter.scopedTo(caller).eq("disorderType", disorderType).eq("step", step).eq("status", status)
                .eq(EstateScope.ESTATE_ID, estateId).between("openedAt", from, to);
        return store.page(DisorderCaseDocument.class, filter.criteria(), page).map(DisorderCaseDocument::toDomain);
    }

    private DisorderCase change(Caller caller, String id, Consumer<DisorderCase> change) {
        DisorderCaseDocument doc = load(caller, id);
        DisorderCase disorder = doc.toDomain();
        change.accept(disorder);
        doc.update(disorder);
        store.save(doc, disorder.takeEvents());
        return disorder;
    }

    /** The case, if the caller may see it: 404 otherwise. */
    private DisorderCaseDocument load(Caller caller, String id) {
        Access.requireEstateParty(caller);
        return store.find(DisorderCaseDocument.class, id)
                .filter(doc -> {
                    EstateParties estate = doc.toDomain().estate();
                    return Access.mayTouch(caller, estate.street(), estate.companyId());
                })
                .orElseThrow(() -> ResourceNotFoundException.of("Disorder case", id));
    }
}
