package io.estatewatch.assessment.followup.domain;

import io.estatewatch.assessment.register.Estate;

/** The estate a follow-up concerns and the parties to it: its street, community and property company. */
public record Participants(String estateId, String estateName, String street, String community, String companyId) {

    public static Participants of(Estate estate) {
        return new Participants(estate.id(), estate.name(), estate.street(), estate.community(), estate.companyId());
    }
}
