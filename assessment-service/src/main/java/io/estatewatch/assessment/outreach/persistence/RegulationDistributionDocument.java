package io.estatewatch.assessment.outreach.persistence;

import io.estatewatch.assessment.outreach.domain.RegulationDistribution;
import io.estatewatch.assessment.shared.persistence.FactDocument;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("regulation_distributions")
public class RegulationDistributionDocument extends FactDocument<RegulationDistribution> {

    RegulationDistributionDocument() {
    }

    public RegulationDistributionDocument(RegulationDistribution distribution) {
        super(distribution.id(), distribution.districtId(), distribution);
    }
}
