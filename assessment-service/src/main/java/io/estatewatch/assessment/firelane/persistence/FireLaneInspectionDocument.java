package io.estatewatch.assessment.firelane.persistence;

import io.estatewatch.assessment.firelane.domain.FireLaneInspection;
import io.estatewatch.assessment.shared.persistence.FactDocument;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("fire_lane_inspections")
public class FireLaneInspectionDocument extends FactDocument<FireLaneInspection> {

    FireLaneInspectionDocument() {
    }

    public FireLaneInspectionDocument(FireLaneInspection inspection) {
        super(inspection.id(), inspection.districtId(), inspection);
    }
}
