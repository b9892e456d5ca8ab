package io.estatewatch.assessment.firelane;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.firelane.domain.FireLaneInspection;
import io.estatewatch.assessment.firelane.domain.LaneFeature;
import io.estatewatch.assessment.firelane.persistence.FireLaneInspectionDocument;
import io.estatewatch.assessment.register.Estate;
import io.estatewatch.assessment.register.EstateDirectory;
import io.estatewatch.assessment.shared.AggregateStore;
import io.estatewatch.assessment.shared.EstateScope;
import io.estatewatch.assessment.shared.Filter;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import static io.estatewatch.assessment.shared.persistence.FactDocument.FACT;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fire-lane inspections and the estates whose fire lanes still miss markings, signs or boards. */
@Service
public class FireLaneService {

    private static final String AT = FACT + "at";

    private final AggregateStore store;
    private final EstateDirectory estates;
    private final ServiceSettings settings;
    private final Clock clock;

    public FireLaneService(AggregateStore store, EstateDirectory estates, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.estates = estates;
        this.settings = settings;
        this.clock = clock;
    }

    public record Inspect(String estateId, LaneFeature markings, LaneFeature signs, LaneFeature boards,
                          List<String> qualityIssues, String note, OffsetDateTime at) {
    }

    /** Staff of the estate's street record an inspection: publishes FireLaneInspected. */
    public FireLaneInspection inspect(Caller caller, Inspect command) {
        Estate estate = estates.find(command.estateId())
                .orElseThrow(() -> InvalidInputException.of("estateId", "is not an estate of the register"));
        Access.requireStaffFor(caller, estate);
        FireLaneInspection inspection = new FireLaneInspection(UUID.randomUUID().toString(), settings.districtId(),
                EstateParties.of(estate), command.markings(), command.signs(), command.boards(),
                command.qualityIssues(), command.note(), caller.username(),
                Times.occurred("at", command.at(), clock.instant()));
        store.insert(new FireLaneInspectionDocument(inspection), List.of(inspection.event()));
        return inspection;
    }

    public FireLaneInspection get(Caller caller, String id) {
        Access.requireEstateParty(caller);
        return store.find(FireLaneInspectionDocument.class, id)
                .map(FireLaneInspectionDocument::fact)
                .filter(found -> Access.mayTouch(caller, found.estate().street(), found.estate().companyId()))
                .orElseThrow(() -> ResourceNotFoundException.of("Fire-lane inspection", id));
    }

    public Page<FireLaneInspection> list(Caller caller, String estateId, Instant from, Instant to, Pageable page) {
        Access.requireEstateParty(caller);
        Filter filter = Filter.scopedTo(caller, FACT).eq(FACT + EstateScope.ESTATE_ID, estateId)
                .between(AT, from, to);
        return store.page(FireLaneInspectionDocument.class, filter.criteria(),
                Paging.sorted(page, Sort.by(Sort.Direction.DESC, AT))).map(FireLaneInspectionDocument::fact);
    }

    /**
     * An estate whose fire lanes are not yet complete.
     *
     * @param latest its latest inspection, or null when it was never inspected
     */
    public record Gap(Estate estate, FireLaneInspection latest) {

        public List<String> missing() {
            return latest == null ? List.of(FireLaneInspection.MARKINGS, FireLaneInspection.SIGNS,
                    FireLaneInspection.BOARDS) : latest.gaps();
        }
    }

    /**
     * The estates the caller may see whose latest inspection found markings, signs or boards missing or below
     * standard; with {@code includeUninspected}, those never inspected too. By street and estate name.
     */
    public List<Gap> gaps(Caller caller, boolean includeUninspected) {
        Access.requireEstateParty(caller);
        Map<String, FireLaneInspection> latest = new LinkedHashMap<>();
        store.findAll(FireLaneInspectionDocument.class, Filter.scopedTo(caller, FACT).criteria(),
                        Sort.by(Sort.Direction.DESC, AT))
                .forEach(doc -> latest.putIfAbsent(doc.fact().estate().estateId(), doc.fact()));
        List<Gap> gaps = new ArrayList<>();
        for (Estate estate : estates.visibleTo(caller)) {
            FireLaneInspection last = latest.get(estate.id());
            if (last == null ? includeUninspected : !last.complete()) {
                gaps.add(new Gap(estate, last));
            }
        }
        return gaps;
    }
}
