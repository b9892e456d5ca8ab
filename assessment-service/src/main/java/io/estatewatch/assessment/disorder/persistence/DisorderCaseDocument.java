package io.estatewatch.assessment.disorder.persistence;

import io.estatewatch.assessment.disorder.domain.DisorderCase;
import io.estatewatch.assessment.disorder.domain.DisorderCaseStatus;
import io.estatewatch.assessment.disorder.domain.StepTaken;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A disorder case as stored, with its unpublished events; {@code step} and {@code openedAt} for the listings. */
@Document("disorder_cases")
public class DisorderCaseDocument extends OutboxDocument {

    @Id
    private String id;
    @Version
    private Long version;
    private String districtId;
    private EstateParties estate;
    private String disorderType;
    private String description;
    private String location;
    private List<StepTaken> steps = new ArrayList<>();
    private DisorderStep step;
    private Instant openedAt;
    private DisorderCaseStatus status;
    private Instant closedAt;
    private String closingNote;

    public static DisorderCaseDocument of(DisorderCase disorder) {
        DisorderCaseDocument doc = new DisorderCaseDocument();
        doc.update(disorder);
        return doc;
    }

    public void update(DisorderCase disorder) {
        id = disorder.id();
        districtId = disorder.districtId();
        estate = disorder.estate();
        disorderType = disorder.disorderType();
        description = disorder.description();
        location = disorder.location();
        steps = new ArrayList<>(disorder.steps());
        step = disorder.step();
        openedAt = steps.get(0).at();
        status = disorder.status();
        closedAt = disorder.closedAt();
        closingNote = disorder.closingNote();
    }

    public DisorderCase toDomain() {
        return DisorderCase.restore(id, districtId, estate, disorderType, description, location, steps, status, closedAt,
                closingNote);
    }
}
