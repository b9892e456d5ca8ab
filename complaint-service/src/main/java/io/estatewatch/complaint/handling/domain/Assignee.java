package io.estatewatch.complaint.handling.domain;

import io.estatewatch.events.complaint.AssigneeType;

import java.util.Objects;

/**
 * Who a complaint is dispatched to: a property company (by its register id) or a street office (by the street's
 * name, as street officers' tokens name their streets).
 */
public record Assignee(AssigneeType type, String id) {

    public Assignee {
        Objects.requireNonNull(type, "type");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An assignee needs an id");
        }
    }

    public static Assignee company(String companyId) {
        return new Assignee(AssigneeType.COMPANY, companyId);
    }

    public static Assignee street(String street) {
        return new Assignee(AssigneeType.STREET, street);
    }
}
