package io.estatewatch.assessment.shared.domain;

import io.estatewatch.assessment.register.Estate;

/** The estate a record concerns and the parties to it: its street, community and property company. */
public record EstateParties(String estateId, String estateName, String street, String community, String companyId) {

    public static EstateParties of(Estate estate) {
        return new EstateParties(estate.id(), estate.name(), estate.street(), estate.community(), estate.companyId());
    }
}
