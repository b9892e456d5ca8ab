package io.estatewatch.assessment.outreach;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.outreach.domain.RegulationDistribution;
import io.estatewatch.assessment.outreach.persistence.RegulationDistributionDocument;
import io.estatewatch.assessment.shared.AggregateStore;
import io.estatewatch.assessment.shared.Filter;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import static io.estatewatch.assessment.shared.persistence.FactDocument.FACT;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Regulation outreach (宣贯): the copies handed out, and how many went to whom in a period. District staff only. */
@Service
public class OutreachService {

    private static final String AT = FACT + "at";

    private final AggregateStore store;
    private final ServiceSettings settings;
    private final Clock clock;

    public OutreachService(AggregateStore store, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public RegulationDistribution distribute(Caller caller, RecipientType recipientType, String recipient, int copies,
                                             String note, OffsetDateTime at) {
        Access.requireDistrict(caller);
        RegulationDistribution distribution = new RegulationDistribution(UUID.randomUUID().toString(),
                settings.districtId(), recipientType, recipient, copies, note, caller.username(),
                Times.occurred("at", at, clock.instant()));
        store.insert(new RegulationDistributionDocument(distribution), List.of(distribution.event()));
        return distribution;
    }

    public Page<RegulationDistribution> list(Caller caller, RecipientType recipientType, Instant from, Instant to,
                                             Pageable page) {
        Access.requireDistrict(caller);
        return store.page(RegulationDistributionDocument.class,
                        Filter.none().eq(FACT + "recipientType", recipientType).between(AT, from, to).criteria(),
                        Paging.sorted(page, Sort.by(Sort.Direction.DESC, AT)))
                .map(RegulationDistributionDocument::fact);
    }

    /** Copies per recipient type handed out in the period (by their {@code at}). */
    public Map<RecipientType, Integer> copies(Caller caller, Instant from, Instant to) {
        Access.requireDistrict(caller);
        return RegulationDistribution.copiesByRecipientType(store.findAll(RegulationDistributionDocument.class,
                        Filter.none().between(AT, from, to).criteria(), Sort.by(AT)).stream()
                .map(RegulationDistributionDocument::fact).toList());
    }
}
