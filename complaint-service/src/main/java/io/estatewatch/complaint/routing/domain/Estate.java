package io.estatewatch.complaint.routing.domain;

import io.estatewatch.complaint.handling.domain.Assignee;

import java.util.List;
import java.util.Objects;

/**
 * An estate as the register announced it: what routing needs to recognise it and to know whom to dispatch to.
 *
 * @param companyId the property company managing it now, or null when it is unmanaged
 */
public record Estate(String id, String name, List<String> aliases, String street, String address, String companyId) {

    public Estate {
        Objects.requireNonNull(id, "id");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /**
     * Whom a complaint about this estate goes to: its current company; its street office when unmanaged; nobody
     * (the triage queue) when the register gave it neither.
     */
    public Assignee assignee() {
        if (companyId != null && !companyId.isBlank()) {
            return Assignee.company(companyId);
        }
        if (street != null && !street.isBlank()) {
            return Assignee.street(street);
        }
        return null;
    }
}
