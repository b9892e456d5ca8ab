package io.estatewatch.assessment.epidemic.persistence;

import io.estatewatch.assessment.epidemic.domain.EpidemicCheck;
import io.estatewatch.assessment.shared.persistence.FactDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** A day's check; a unique index on (district, estate, day) keeps it one a day. */
@Document("epidemic_checks")
public class EpidemicCheckDocument extends FactDocument<EpidemicCheck> {

    public static final String DAY = FACT + "day";

    EpidemicCheckDocument() {
    }

    public EpidemicCheckDocument(EpidemicCheck check) {
        super(check.id(), check.districtId(), check);
    }
}
