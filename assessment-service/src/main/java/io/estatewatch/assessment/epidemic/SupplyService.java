package io.estatewatch.assessment.epidemic;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.ServiceSettings.SupplyItem;
import io.estatewatch.assessment.epidemic.domain.SupplyDistribution;
import io.estatewatch.assessment.epidemic.domain.SupplyTotal;
import io.estatewatch.assessment.epidemic.persistence.SupplyDocument;
import io.estatewatch.assessment.register.EstateDirectory;
import io.estatewatch.assessment.shared.AggregateStore;
import io.estatewatch.assessment.shared.Filter;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import static io.estatewatch.assessment.shared.persistence.FactDocument.FACT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The epidemic supplies ledger: what was handed to which company, and the totals of a period. */
@Service
public class SupplyService {

    private static final String AT = FACT + "at";
    private static final String COMPANY = FACT + "companyId";

    private final AggregateStore store;
    private final EstateDirectory register;
    private final ServiceSettings settings;
    private final Clock clock;

    public SupplyService(AggregateStore store, EstateDirectory register, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
    }

    /** The configured items with their labels and units. */
    public Map<String, SupplyItem> items() {
        return settings.assessment().supplyItems();
    }

    /** District staff record a handover: publishes SuppliesDistributed (occurredAt = at). */
    public SupplyDistribution distribute(Caller caller, String companyId, String item, BigDecimal quantity,
                                         SupplyUnit unit, String note, OffsetDateTime at) {
        Access.requireDistrict(caller);
        SupplyItem known = items().get(item);
        if (known == null) {
            throw InvalidInputException.of("item", "is not one of the supplies " + items().keySet());
        }
        if (!register.companyExists(companyId)) {
            throw InvalidInputException.of("companyId", "is not a property company of the register");
        }
        SupplyDistribution entry = SupplyDistribution.hand(UUID.randomUUID().toString(), settings.districtId(),
                companyId, item, unit, known.unit(), quantity, note, caller.username(),
                Times.occurred("at", at, clock.instant()));
        store.insert(new SupplyDocument(entry), List.of(entry.event()));
        return entry;
    }

    /** The ledger: district staff see all of it, a company user its company's entries. */
    public Page<SupplyDistribution> list(Caller caller, String companyId, String item, Instant from, Instant to,
                                         Pageable page) {
        return store.page(SupplyDocument.class, filter(caller, companyId, item, from, to).criteria(),
                Paging.sorted(page, Sort.by(Sort.Direction.DESC, AT))).map(SupplyDocument::fact);
    }

    /** The totals per item and unit of the entries in the period (by their {@code at}). */
    public List<SupplyTotal> totals(Caller caller, String companyId, Instant from, Instant to) {
        return SupplyTotal.of(store.findAll(SupplyDocument.class, filter(caller, companyId, null, from, to).criteria(),
                Sort.by(AT)).stream().map(SupplyDocument::fact).toList());
    }

    private Filter filter(Caller caller, String companyId, String item, Instant from, Instant to) {
        Filter filter = Filter.none().eq(COMPANY, companyId).eq(FACT + "item", item).between(AT, from, to);
        if (caller.role() == Role.COMPANY_USER) {
            return filter.eq(COMPANY, caller.companyId());
        }
        if (!caller.seesAllStreets()) {
            throw new AccessDeniedException("The supplies ledger is for the district and the receiving companies.");
        }
        return filter;
    }
}
