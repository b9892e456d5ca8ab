package io.estatewatch.complaint.handling.persistence;

import io.estatewatch.complaint.handling.domain.Assignee;
import io.estatewatch.complaint.handling.domain.Complaint;
import io.estatewatch.complaint.handling.domain.ComplaintFacts;
import io.estatewatch.complaint.handling.domain.ComplaintStatus;
import io.estatewatch.complaint.handling.domain.Step;
import io.estatewatch.complaint.handling.domain.StepKind;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A complaint as stored, with the events it has not yet published (state and events are one document write).
 *
 * <p>The complainant's name and phone number are kept only sealed ({@code sealedName}, {@code sealedPhone}: AES-GCM);
 * {@code fingerprint} is a keyed hash of the whole submission, to tell a retried push from a conflicting one.
 * {@code mergedFrom} and {@code mergeLinked} are changed only by their own idempotent updates, never by a state write.
 */
@Document(ComplaintStore.COLLECTION)
public class ComplaintDocument extends OutboxDocument {

    @Id
    private String id;
    @Version
    private Long version;
    private String districtId;
    private String number;
    private Channel channel;
    private String externalId;
    /** channel:externalId, or internal:id for entries without a ticket number; unique. */
    private String naturalKey;
    private String fingerprint;
    private ComplaintCategory category;
    private String description;
    private String estateId;
    private String estateName;
    private String street;
    private String address;
    private String maskedPhone;
    private String phoneHash;
    private String sealedName;
    private String sealedPhone;
    private Instant receivedAt;
    private Instant responseDueAt;
    private Instant resolutionDueAt;
    private String receivedBy;
    private ComplaintStatus status;
    private AssigneeType assigneeType;
    private String assigneeId;
    private Instant respondedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Satisfaction satisfaction;
    private String probableDuplicateOf;
    private String mergedInto;
    private int urgings;
    private boolean responseMissed;
    private boolean resolutionMissed;
    private List<StepEntry> history = new ArrayList<>();
    /** When this document was last written (the server's clock): the deadline watch leaves fresh ones alone. */
    private Instant changedAt;
    private List<String> mergedFrom = new ArrayList<>();
    private Boolean mergeLinked;

    public static ComplaintDocument of(Complaint complaint, String naturalKey, String fingerprint, String sealedName,
                                       String sealedPhone) {
        ComplaintDocument doc = new ComplaintDocument();
        doc.naturalKey = naturalKey;
        doc.fingerprint = fingerprint;
        doc.sealedName = sealedName;
        doc.sealedPhone = sealedPhone;
        doc.update(complaint);
        return doc;
    }

    /** The natural key of a pushed complaint. */
    public static String naturalKey(Channel channel, String externalId, String id) {
        return externalId == null ? "internal:" + id : channel.name() + ":" + externalId;
    }

    /** Copies the complaint's state in; version, outbox, sealed data and merge links stay as they are. */
    public void update(Complaint complaint) {
        ComplaintFacts facts = complaint.facts();
        id = facts.id();
        districtId = facts.districtId();
        number = facts.number();
        channel = facts.channel();
        externalId = facts.externalId();
        category = facts.category();
        description = facts.description();
        estateId = facts.estateId();
        estateName = facts.estateName();
        street = facts.street();
        address = facts.address();
        maskedPhone = facts.maskedPhone();
        phoneHash = facts.phoneHash();
        receivedAt = facts.receivedAt();
        responseDueAt = facts.responseDueAt();
        resolutionDueAt = facts.resolutionDueAt();
        receivedBy = facts.receivedBy();
        status = complaint.status();
        assigneeType = complaint.assignee() == null ? null : complaint.assignee().type();
        assigneeId = complaint.assignee() == null ? null : complaint.assignee().id();
        respondedAt = complaint.respondedAt();
        resolvedAt = complaint.resolvedAt();
        closedAt = complaint.closedAt();
        satisfaction = complaint.satisfaction();
        probableDuplicateOf = complaint.probableDuplicateOf();
        mergedInto = complaint.mergedInto();
        urgings = complaint.urgings();
        responseMissed = complaint.missed().contains(DeadlineKind.RESPONSE);
        resolutionMissed = complaint.missed().contains(DeadlineKind.RESOLUTION);
        history = complaint.history().stream().map(StepEntry::of).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public Complaint toDomain() {
        ComplaintFacts facts = new ComplaintFacts(id, districtId, number, channel, externalId, category, description,
                estateId, estateName, street, address, maskedPhone, phoneHash, receivedAt, responseDueAt,
                resolutionDueAt, receivedBy);
        EnumSet<DeadlineKind> missed = EnumSet.noneOf(DeadlineKind.class);
        if (responseMissed) {
            missed.add(DeadlineKind.RESPONSE);
        }
        if (resolutionMissed) {
            missed.add(DeadlineKind.RESOLUTION);
        }
        return Complaint.restore(facts, status, assigneeType == null ? null : new Assignee(assigneeType, assigneeId),
                respondedAt, resolvedAt, closedAt, satisfaction, probableDuplicateOf, mergedInto, urgings, missed,
                history.stream().map(StepEntry::toStep).toList());
    }

    /** One step of the history as stored. */
    public record StepEntry(StepKind kind, Instant at, String by, Instant recordedAt, String note,
                            Satisfaction satisfaction, AssigneeType assigneeType, String assigneeId, String mergedInto,
                            DeadlineKind deadline) {

        static StepEntry of(Step step) {
            return new StepEntry(step.kind(), step.at(), step.by(), step.recordedAt(), step.note(), step.satisfaction(),
                    step.assignee() == null ? null : step.assignee().type(),
                    step.assignee() == null ? null : step.assignee().id(), step.mergedInto(), step.deadline());
        }

        Step toStep() {
            return new Step(kind, at, by, recordedAt, note, satisfaction,
                    assigneeType == null ? null : new Assignee(assigneeType, assigneeId), mergedInto, deadline);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getDistrictId() {
        return districtId;
    }

    public void setDistrictId(String districtId) {
        this.districtId = districtId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getNaturalKey() {
        return naturalKey;
    }

    public void setNaturalKey(String naturalKey) {
        this.naturalKey = naturalKey;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEstateId() {
        return estateId;
    }

    public void setEstateId(String estateId) {
        this.estateId = estateId;
    }

    public String getEstateName() {
        return estateName;
    }

    public void setEstateName(String estateName) {
        this.estateName = estateName;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getMaskedPhone() {
        return maskedPhone;
    }

    public void setMaskedPhone(String maskedPhone) {
        this.maskedPhone = maskedPhone;
    }

    public String getPhoneHash() {
        return phoneHash;
    }

    public void setPhoneHash(String phoneHash) {
        this.phoneHash = phoneHash;
    }

    public String getSealedName() {
        return sealedName;
    }

    public void setSealedName(String sealedName) {
        this.sealedName = sealedName;
    }

    public String getSealedPhone() {
        return sealedPhone;
    }

    public void setSealedPhone(String sealedPhone) {
        this.sealedPhone = sealedPhone;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Instant getResponseDueAt() {
        return responseDueAt;
    }

    public void setResponseDueAt(Instant responseDueAt) {
        this.responseDueAt = responseDueAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public void setResolutionDueAt(Instant resolutionDueAt) {
        this.resolutionDueAt = resolutionDueAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public AssigneeType getAssigneeType() {
        return assigneeType;
    }

    public void setAssigneeType(AssigneeType assigneeType) {
        this.assigneeType = assigneeType;
    }

    public String getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(String assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public void setRespondedAt(Instant respondedAt) {
        this.respondedAt = respondedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public void setResolvedAt(Instant resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getProbableDuplicateOf() {
        return probableDuplicateOf;
    }

    public void setProbableDuplicateOf(String probableDuplicateOf) {
        this.probableDuplicateOf = probableDuplicateOf;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(String mergedInto) {
        this.mergedInto = mergedInto;
    }

    public int getUrgings() {
        return urgings;
    }

    public void setUrgings(int urgings) {
        this.urgings = urgings;
    }

    public boolean isResponseMissed() {
        return responseMissed;
    }

    public void setResponseMissed(boolean responseMissed) {
        this.responseMissed = responseMissed;
    }

    public boolean isResolutionMissed() {
        return resolutionMissed;
    }

    public void setResolutionMissed(boolean resolutionMissed) {
        this.resolutionMissed = resolutionMissed;
    }

    public List<StepEntry> getHistory() {
        return history;
    }

    public void setHistory(List<StepEntry> history) {
        this.history = history;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(Instant changedAt) {
        this.changedAt = changedAt;
    }

    public List<String> getMergedFrom() {
        return mergedFrom;
    }

    public void setMergedFrom(List<String> mergedFrom) {
        this.mergedFrom = mergedFrom == null ? new ArrayList<>() : mergedFrom;
    }

    public Boolean getMergeLinked() {
        return mergeLinked;
    }

    public void setMergeLinked(Boolean mergeLinked) {
        this.mergeLinked = mergeLinked;
    }
}
