package io.estatewatch.assessment.epidemic.persistence;

import io.estatewatch.assessment.epidemic.domain.SupplyDistribution;
import io.estatewatch.assessment.shared.persistence.FactDocument;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("supplies")
public class SupplyDocument extends FactDocument<SupplyDistribution> {

    SupplyDocument() {
    }

    public SupplyDocument(SupplyDistribution entry) {
        super(entry.id(), entry.districtId(), entry);
    }
}
