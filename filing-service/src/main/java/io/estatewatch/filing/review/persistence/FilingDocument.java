package io.estatewatch.filing.review.persistence;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.review.domain.Attachment;
import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.filing.review.domain.FilingStatus;
import io.estatewatch.filing.review.domain.ReviewStep;
import io.estatewatch.filing.store.AggregateDocument;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A filing as stored, with the events it has not yet published. Besides the filing's state it keeps what the
 * queries and the rules need:
 * <ul>
 * <li>{@code approvedAt}, {@code rejectedAt}, {@code decidedAt}: for counting completions in a period;</li>
 * <li>{@code registerChangePending}: set in the same write as the approval, cleared once the estate took the change;
 *     the sweeper completes what a crash interrupted;</li>
 * <li>{@code contractUnderReview}: the estate id while a preliminary contract filing is in review, under a unique
 *     sparse index, so that two cannot be in review for one estate at once.</li>
 * </ul>
 */
@Document(FilingDocument.COLLECTION)
public class FilingDocument extends AggregateDocument {

    public static final String COLLECTION = "filings";

    String districtId;
    FilingType type;
    String estateId;
    String companyId;
    Instant submittedAt;
    FilingStatus status;
    org.bson.Document details;
    Instant reviewStartedAt;
    Instant reviewDueAt;
    Instant approvedAt;
    Instant decidedAt;
    Instant rejectedAt;
    List<ReviewStep> history = new ArrayList<>();
    List<Attachment> attachments = new ArrayList<>();
    boolean registerChangePending;
    String contractUnderReview;

    static FilingDocument of(Filing filing, DetailsCodec codec) {
        FilingDocument doc = new FilingDocument();
        doc.update(filing, codec);
        return doc;
    }

    /** Copies the filing's state in; the version and the outbox stay as they are. */
    void update(Filing filing, DetailsCodec codec) {
        Filing.FilingFacts facts = filing.facts();
        id = facts.id();
        districtId = facts.districtId();
        type = facts.type();
        estateId = facts.estateId();
        companyId = facts.companyId();
        submittedAt = facts.submittedAt();
        status = filing.status();
        details = codec.write(filing.details());
        reviewStartedAt = filing.reviewStartedAt();
        reviewDueAt = filing.reviewDueAt();
        approvedAt = filing.approvedAt().orElse(null);
        decidedAt = filing.decidedAt().orElse(null);
        rejectedAt = filing.status() == FilingStatus.REJECTED ? decidedAt : null;
        history = new ArrayList<>(filing.history());
        attachments = new ArrayList<>(filing.attachments());
        contractUnderReview = type == FilingType.PRELIMINARY_CONTRACT && status.inReview() ? estateId : null;
    }

    Filing toDomain(DetailsCodec codec) {
        return Filing.restore(new Filing.FilingFacts(id, districtId, type, estateId, companyId, submittedAt),
                codec.read(type, details), status, reviewStartedAt, reviewDueAt, history, attachments);
    }

    public String getDistrictId() {
        return districtId;
    }

    public String getEstateId() {
        return estateId;
    }

    public String getCompanyId() {
        return companyId;
    }

    /** Marks that the approval's register change is still to be applied to the estate. */
    void registerChangePending() {
        registerChangePending = true;
    }

    public boolean isRegisterChangePending() {
        return registerChangePending;
    }
}
