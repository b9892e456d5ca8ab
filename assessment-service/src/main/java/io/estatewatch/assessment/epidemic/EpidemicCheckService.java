package io.estatewatch.assessment.epidemic;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.epidemic.domain.EpidemicCheck;
import io.estatewatch.assessment.epidemic.persistence.EpidemicCheckDocument;
import io.estatewatch.assessment.register.Estate;
import io.estatewatch.assessment.register.EstateDirectory;
import io.estatewatch.assessment.shared.AggregateStore;
import io.estatewatch.assessment.shared.EstateScope;
import io.estatewatch.assessment.shared.Filter;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Service;

import static io.estatewatch.assessment.shared.persistence.FactDocument.FACT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Daily epidemic-prevention checks of estates: closed management and disinfection. */
@Service
public class EpidemicCheckService {

    private static final String AT = FACT + "at";

    private final AggregateStore store;
    private final EstateDirectory estates;
    private final ServiceSettings settings;
    private final Clock clock;

    public EpidemicCheckService(AggregateStore store, EstateDirectory estates, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.estates = estates;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        store.mongo().indexOps(EpidemicCheckDocument.class).createIndex(new Index()
                .on("districtId", Sort.Direction.ASC).on(FACT + EstateScope.ESTATE_ID, Sort.Direction.ASC)
                .on(EpidemicCheckDocument.DAY, Sort.Direction.ASC).unique().named("one_check_a_day"));
    }

    /**
     * Records the day's check: staff of the estate's street or its company. Publishes EpidemicCheckRecorded.
     *
     * @throws ConflictException when the estate was checked that day already
     */
    public EpidemicCheck record(Caller caller, String estateId, boolean closedManagement, boolean disinfected,
                                String note, OffsetDateTime at) {
        Estate estate = estates.find(estateId)
                .orElseThrow(() -> InvalidInputException.of("estateId", "is not an estate of the register"));
        Access.requirePartyFor(caller, estate);
        EpidemicCheck check = EpidemicCheck.of(UUID.randomUUID().toString(), settings.districtId(),
                EstateParties.of(estate), closedManagement, disinfected, note, caller.username(),
                Times.occurred("at", at, clock.instant()), settings.zone());
        try {
            store.insert(new EpidemicCheckDocument(check), List.of(check.event()));
        } catch (DuplicateKeyException checked) {
            throw new ConflictException("Estate '" + estateId + "' was checked on " + check.day() + " already.",
                    Map.of("day", check.day()));
        }
        return check;
    }

    public Page<EpidemicCheck> list(Caller caller, String estateId, LocalDate from, LocalDate to, Pageable page) {
        Access.requireEstateParty(caller);
        // Days are stored as ISO dates, which compare as strings in date order.
        Filter filter = Filter.scopedTo(caller, FACT).eq(FACT + EstateScope.ESTATE_ID, estateId)
                .within(EpidemicCheckDocument.DAY, from == null ? null : from.toString(),
                        to == null ? null : to.toString());
        return store.page(EpidemicCheckDocument.class, filter.criteria(),
                Paging.sorted(page, Sort.by(Sort.Direction.DESC, AT))).map(EpidemicCheckDocument::fact);
    }

    /**
     * An estate's epidemic status: its latest check, or none.
     *
     * @param latest null when it was never checked
     */
    public record Status(Estate estate, EpidemicCheck latest) {
    }

    /** Every estate the caller may see with its latest check: who is under closed management, who was disinfected. */
    public List<Status> status(Caller caller) {
        Access.requireEstateParty(caller);
        Map<String, EpidemicCheck> latest = new LinkedHashMap<>();
        store.findAll(EpidemicCheckDocument.class, Filter.scopedTo(caller, FACT).criteria(),
                        Sort.by(Sort.Direction.DESC, AT))
                .forEach(doc -> latest.putIfAbsent(doc.fact().estate().estateId(), doc.fact()));
        List<Status> status = new ArrayList<>();
        estates.visibleTo(caller).forEach(estate -> status.add(new Status(estate, latest.get(estate.id()))));
        return status;
    }
}
