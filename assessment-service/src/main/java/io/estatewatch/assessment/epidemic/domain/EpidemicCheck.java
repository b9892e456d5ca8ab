package io.estatewatch.assessment.epidemic.domain;

import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.EpidemicCheckRecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A day's epidemic-prevention check (疫情防控) of an estate: is it under closed management, was it disinfected.
 * One check per estate and day ({@code day}, an ISO date in the district's zone).
 */
public record EpidemicCheck(String id, String districtId, EstateParties estate, String day, boolean closedManagement,
                            boolean disinfected, String note, String by, Instant at) {

    public static EpidemicCheck of(String id, String districtId, EstateParties estate, boolean closedManagement,
                                   boolean disinfected, String note, String by, Instant at, ZoneId zone) {
        return new EpidemicCheck(id, districtId, estate, LocalDate.ofInstant(at, zone).toString(), closedManagement,
                disinfected, note, by, at);
    }

    /** What the check publishes. */
    public EpidemicCheckRecorded event() {
        return new EpidemicCheckRecorded(districtId, id, estate.estateId(), closedManagement, disinfected, at);
    }
}
