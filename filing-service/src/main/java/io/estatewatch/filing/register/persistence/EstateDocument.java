package io.estatewatch.filing.register.persistence;

import io.estatewatch.events.register.ServiceGrade;
import io.estatewatch.filing.register.domain.Estate;
import io.estatewatch.filing.register.domain.EstateEntry;
import io.estatewatch.filing.register.domain.ManagementContract;
import io.estatewatch.filing.store.AggregateDocument;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An estate as stored, with the events it has not yet published. {@code appliedFilings} are the approved filings whose
 * register change the estate has taken: a change is applied under the condition that its filing is not among them.
 * The name is unique within a street.
 */
@Document(EstateDocument.COLLECTION)
public class EstateDocument extends AggregateDocument {

    public static final String COLLECTION = "estates";

    String districtId;
    String name;
    List<String> aliases = new ArrayList<>();
    String street;
    String community;
    String address;
    int buildings;
    int households;
    double floorAreaM2;
    Integer builtYear;
    boolean closedManagement;
    String companyId;
    ServiceGrade serviceGrade;
    ContractEntry contract;
    List<String> appliedFilings = new ArrayList<>();
    Instant registeredAt;

    /** Days are ISO dates ({@code 2022-03-01}): no zone of the JVM shifts them. */
    record ContractEntry(String filingId, String companyId, String termStart, String termEnd) {
    }

    public static EstateDocument of(Estate estate) {
        EstateDocument doc = new EstateDocument();
        doc.update(estate);
        return doc;
    }

    /** Copies the estate's state in; the version and the outbox stay as they are. */
    public void update(Estate estate) {
        id = estate.id();
        districtId = estate.districtId();
        registeredAt = estate.registeredAt();
        EstateEntry entry = estate.entry();
        name = entry.name();
        aliases = new ArrayList<>(entry.aliases());
        street = entry.street();
        community = entry.community();
        address = entry.address();
        buildings = entry.buildings();
        households = entry.households();
        floorAreaM2 = entry.floorAreaM2();
        builtYear = entry.builtYear();
        closedManagement = entry.closedManagement();
        companyId = estate.companyId();
        serviceGrade = estate.serviceGrade();
        contract = estate.contract().map(c -> new ContractEntry(c.filingId(), c.companyId(), c.termStart().toString(),
                c.termEnd().toString())).orElse(null);
        appliedFilings = new ArrayList<>(estate.appliedFilings());
    }

    public Estate toDomain() {
        EstateEntry entry = new EstateEntry(name, aliases, street, community, address, buildings, households,
                floorAreaM2, builtYear, closedManagement);
        ManagementContract running = contract == null ? null : new ManagementContract(contract.filingId(),
                contract.companyId(), LocalDate.parse(contract.termStart()), LocalDate.parse(contract.termEnd()));
        return Estate.restore(id, districtId, registeredAt, entry, companyId, serviceGrade, running,
                new LinkedHashSet<>(appliedFilings));
    }

    public String getDistrictId() {
        return districtId;
    }

    public String getStreet() {
        return street;
    }

    public String getCompanyId() {
        return companyId;
    }
}
