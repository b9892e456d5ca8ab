package io.estatewatch.reporting.projection;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.assessment.AssessmentResultsPublished;
import io.estatewatch.events.assessment.AssessmentRoundOpened;
import io.estatewatch.events.assessment.DisorderCaseClosed;
import io.estatewatch.events.assessment.DisorderCaseEscalated;
import io.estatewatch.events.assessment.DisorderCaseOpened;
import io.estatewatch.events.assessment.EpidemicCheckRecorded;
import io.estatewatch.events.assessment.EstateExposed;
import io.estatewatch.events.assessment.EstateScored;
import io.estatewatch.events.assessment.FireLaneInspected;
import io.estatewatch.events.assessment.InterviewHeld;
import io.estatewatch.events.assessment.RectificationFailed;
import io.estatewatch.events.assessment.RectificationOrdered;
import io.estatewatch.events.assessment.RectificationVerified;
import io.estatewatch.events.assessment.RegulationCopiesDistributed;
import io.estatewatch.events.assessment.SuppliesDistributed;
import io.estatewatch.events.complaint.ComplaintAssigned;
import io.estatewatch.events.complaint.ComplaintCallbackRecorded;
import io.estatewatch.events.complaint.ComplaintClosed;
import io.estatewatch.events.complaint.ComplaintDeadlineMissed;
import io.estatewatch.events.complaint.ComplaintMerged;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintReopened;
import io.estatewatch.events.complaint.ComplaintResolved;
import io.estatewatch.events.complaint.ComplaintResponded;
import io.estatewatch.events.complaint.ComplaintUrged;
import io.estatewatch.events.filing.FilingApproved;
import io.estatewatch.events.filing.FilingRejected;
import io.estatewatch.events.filing.FilingResubmitted;
import io.estatewatch.events.filing.FilingReturned;
import io.estatewatch.events.filing.FilingSubmitted;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateManagementEnded;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.EstateServiceGradeSet;
import io.estatewatch.events.register.EstateUpdated;
import io.estatewatch.events.register.PropertyCompanyRegistered;
import io.estatewatch.events.renovation.RenovationFundingAllocated;
import io.estatewatch.events.renovation.RenovationMilestoneReached;
import io.estatewatch.events.renovation.RenovationProjectPlanned;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * What each event changes in which row. Rows keep the time of every state change (the event's {@code occurredAt}), so
 * that a report can read any row as it stood at a past moment; lists grow with {@code $push}, which the exact fold's
 * sequence guard applies once per event.
 */
public final class EventRows {

    private EventRows() {
    }

    /** The row writes of {@code event}; none for a type the reports do not need. */
    public static List<RowWrite> of(DomainEvent event) {
        if (event instanceof EstateRegistered e) {
            return List.of(estate(e.estateId(), e.districtId(), e.name(), e.street(), e.community(),
                e.households(), e.floorAreaM2(), e.occurredAt()).andSet("registeredAt", e.occurredAt()).write());
        }
        if (event instanceof EstateUpdated e) {
            return List.of(estate(e.estateId(), e.districtId(), e.name(), e.street(), e.community(),
                e.households(), e.floorAreaM2(), e.occurredAt()).write());
        }
        if (event instanceof EstateManagementAssigned e) {
            return List.of(row(Projection.ESTATES, e.estateId(), e.districtId())
                .push("management", new Document("companyId", e.companyId()).append("assigned", true)
                        .append("filingId", e.filingId()).append("at", date(e.occurredAt()))).write());
        }
        if (event instanceof EstateManagementEnded e) {
            return List.of(row(Projection.ESTATES, e.estateId(), e.districtId())
                .push("management", new Document("companyId", e.companyId()).append("assigned", false)
                        .append("filingId", e.filingId()).append("at", date(e.occurredAt()))).write());
        }
        if (event instanceof EstateServiceGradeSet e) {
            return List.of(row(Projection.ESTATES, e.estateId(), e.districtId())
                .set("grade", e.grade() == null ? null : e.grade().name()).set("gradeAt", e.occurredAt()).write());
        }
        if (event instanceof PropertyCompanyRegistered e) {
            return List.of(row(Projection.COMPANIES, e.companyId(), e.districtId())
                .set("name", e.name()).set("creditCode", e.creditCode()).set("registeredAt", e.occurredAt())
                .write());
        }
        if (event instanceof ComplaintReceived e) {
            return List.of(row(Projection.COMPLAINTS, e.complaintId(), e.districtId())
                .set("number", e.number()).set("channel", name(e.channel())).set("category", name(e.category()))
                .set("estateId", e.estateId()).set("street", e.street()).set("receivedAt", e.occurredAt())
                .set("responseDueAt", e.responseDueAt()).set("resolutionDueAt", e.resolutionDueAt())
                .set("probableDuplicateOf", e.probableDuplicateOf()).write());
        }
        if (event instanceof ComplaintAssigned e) {
            return List.of(row(Projection.COMPLAINTS, e.complaintId(), e.districtId())
                .push("assignments", new Document("type", name(e.assigneeType())).append("id", e.assigneeId())
                        .append("automatic", e.automatic()).append("at", date(e.occurredAt()))).write());
        }
        if (event instanceof ComplaintResponded e) {
            return List.of(timed(Projection.COMPLAINTS, e.complaintId(), e.districtId(),
                "responses", e.occurredAt()));
        }
        if (event instanceof ComplaintResolved e) {
            return List.of(timed(Projection.COMPLAINTS, e.complaintId(), e.districtId(),
                "resolutions", e.occurredAt()));
        }
        if (event instanceof ComplaintCallbackRecorded e) {
            return List.of(row(Projection.COMPLAINTS, e.complaintId(), e.districtId())
                .push("callbacks", new Document("satisfaction", name(e.satisfaction()))
                        .append("at", date(e.occurredAt()))).write());
        }
        if (event instanceof ComplaintClosed e) {
            return List.of(timed(Projection.COMPLAINTS, e.complaintId(), e.districtId(),
                "closures", e.occurredAt()));
        }
        if (event instanceof ComplaintReopened e) {
            return List.of(timed(Projection.COMPLAINTS, e.complaintId(), e.districtId(),
                "reopenings", e.occurredAt()));
        }
        if (event instanceof ComplaintMerged e) {
            return List.of(row(Projection.COMPLAINTS, e.complaintId(), e.districtId())
                .set("mergedInto", e.intoComplaintId()).set("mergedAt", e.occurredAt()).write());
        }
        if (event instanceof ComplaintDeadlineMissed e) {
            return List.of(row(Projection.COMPLAINTS, e.complaintId(), e.districtId())
                .push("misses", new Document("kind", name(e.deadline())).append("dueAt", date(e.dueAt()))
                        .append("at", date(e.occurredAt()))).write());
        }
        if (event instanceof ComplaintUrged e) {
            return List.of(timed(Projection.COMPLAINTS, e.complaintId(), e.districtId(), "urges",
                e.occurredAt()));
        }
        if (event instanceof FilingSubmitted e) {
            return List.of(row(Projection.FILINGS, e.filingId(), e.districtId())
                .set("type", name(e.type())).set("estateId", e.estateId()).set("companyId", e.companyId())
                .set("submittedAt", e.occurredAt()).write());
        }
        if (event instanceof FilingReturned e) {
            return List.of(row(Projection.FILINGS, e.filingId(), e.districtId())
                .set("type", name(e.type())).push("returns", date(e.occurredAt())).write());
        }
        if (event instanceof FilingResubmitted e) {
            return List.of(row(Projection.FILINGS, e.filingId(), e.districtId())
                .set("type", name(e.type())).push("resubmissions", date(e.occurredAt())).write());
        }
        if (event instanceof FilingApproved e) {
            return List.of(decision(e.filingId(), e.districtId(), name(e.type()), e.estateId(),
                e.companyId(), "APPROVED", e.occurredAt()));
        }
        if (event instanceof FilingRejected e) {
            return List.of(decision(e.filingId(), e.districtId(), name(e.type()), e.estateId(),
                e.companyId(), "REJECTED", e.occurredAt()));
        }
        if (event instanceof RenovationProjectPlanned e) {
            return List.of(row(Projection.RENOVATION_PROJECTS, e.projectId(),
                e.districtId()).set("programme", e.programme()).set("programmeTitle", e.programmeTitle())
                .set("estateIds", e.estateIds() == null ? List.of() : e.estateIds()).set("type", name(e.type()))
                .set("floorAreaM2", e.floorAreaM2()).set("households", e.households())
                .set("buildings", e.buildings()).set("budget", decimal(e.budget()))
                .set("centralSubsidy", e.centralSubsidy()).set("plannedAt", e.occurredAt()).write());
        }
        if (event instanceof RenovationFundingAllocated e) {
            return List.of(row(Projection.RENOVATION_PROJECTS, e.projectId(),
                e.districtId()).push("funding", new Document("source", name(e.source()))
                .append("amount", decimal(e.amount())).append("at", date(e.occurredAt()))).write());
        }
        if (event instanceof RenovationMilestoneReached e) {
            return List.of(row(Projection.RENOVATION_PROJECTS, e.projectId(),
                e.districtId()).push("milestones", new Document("milestone", name(e.milestone()))
                .append("plannedAt", date(e.plannedAt())).append("at", date(e.occurredAt()))).write());
        }
        if (event instanceof AssessmentRoundOpened e) {
            return List.of(row(Projection.ROUNDS, e.roundId(), e.districtId())
                .set("name", e.name()).set("checklistVersion", e.checklistVersion())
                .set("estateIds", e.estateIds() == null ? List.of() : e.estateIds())
                .set("openedAt", e.occurredAt()).write());
        }
        if (event instanceof AssessmentResultsPublished e) {
            return List.of(row(Projection.ROUNDS, e.roundId(), e.districtId())
                .setIfPresent("name", e.name()).set("publishedAt", e.occurredAt()).write());
        }
        if (event instanceof EstateScored e) {
            return List.of(row(Projection.SCORES, scoreId(e.roundId(), e.estateId()), e.districtId())
                .set("roundId", e.roundId()).set("estateId", e.estateId()).set("street", e.street())
                .set("companyId", e.companyId()).push("versions", new Document("total", decimal(e.total()))
                        .append("failedItems", e.failedItems() == null ? List.of() : e.failedItems())
                        .append("at", date(e.occurredAt()))).write());
        }
        if (event instanceof EstateExposed e) {
            return List.of(row(Projection.SCORES, scoreId(e.roundId(), e.estateId()), e.districtId())
                .set("roundId", e.roundId()).set("estateId", e.estateId()).set("exposedAt", e.occurredAt())
                .set("mediaNote", e.mediaNote()).write());
        }
        if (event instanceof InterviewHeld e) {
            return List.of(row(Projection.INTERVIEWS, e.interviewId(), e.districtId())
                .set("roundId", e.roundId()).set("estateId", e.estateId()).set("companyId", e.companyId())
                .set("street", e.street()).set("community", e.community()).set("heldAt", e.occurredAt()).write());
        }
        if (event instanceof RectificationOrdered e) {
            return List.of(row(Projection.RECTIFICATIONS, e.orderId(), e.districtId())
                .set("roundId", e.roundId()).set("estateId", e.estateId()).set("companyId", e.companyId())
                .set("items", e.items() == null ? List.of() : e.items()).set("dueAt", e.dueAt())
                .set("orderedAt", e.occurredAt()).write());
        }
        if (event instanceof RectificationVerified e) {
            return List.of(row(Projection.RECTIFICATIONS, e.orderId(), e.districtId())
                .set("estateId", e.estateId()).set("verifiedAt", e.occurredAt()).write());
        }
        if (event instanceof RectificationFailed e) {
            return List.of(row(Projection.RECTIFICATIONS, e.orderId(), e.districtId())
                .set("estateId", e.estateId()).push("failures", new Document("at", date(e.occurredAt()))
                        .append("escalated", e.escalated())).write());
        }
        if (event instanceof FireLaneInspected e) {
            return List.of(row(Projection.FIRE_LANES, e.inspectionId(), e.districtId())
                .set("estateId", e.estateId()).set("markingsOk", e.markingsOk()).set("signsOk", e.signsOk())
                .set("boardsOk", e.boardsOk())
                .set("qualityIssues", e.qualityIssues() == null ? List.of() : e.qualityIssues())
                .set("inspectedAt", e.occurredAt()).write());
        }
        if (event instanceof DisorderCaseOpened e) {
            return List.of(disorderStep(e.caseId(), e.districtId(), e.estateId(),
                e.disorderType(), name(e.step()), e.occurredAt()).write());
        }
        if (event instanceof DisorderCaseEscalated e) {
            return List.of(disorderStep(e.caseId(), e.districtId(), e.estateId(),
                e.disorderType(), name(e.step()), e.occurredAt()).write());
        }
        if (event instanceof DisorderCaseClosed e) {
            return List.of(row(Projection.DISORDER_CASES, e.caseId(), e.districtId())
                .set("estateId", e.estateId()).set("disorderType", e.disorderType())
                .set("closedStep", name(e.step())).set("closedAt", e.occurredAt()).write());
        }
        if (event instanceof EpidemicCheckRecorded e) {
            return List.of(row(Projection.EPIDEMIC_CHECKS, e.checkId(), e.districtId())
                .set("estateId", e.estateId()).set("closedManagement", e.closedManagement())
                .set("disinfected", e.disinfected()).set("checkedAt", e.occurredAt()).write());
        }
        if (event instanceof SuppliesDistributed e) {
            return List.of(row(Projection.SUPPLIES, e.distributionId(), e.districtId())
                .set("companyId", e.companyId()).set("item", e.item()).set("unit", name(e.unit()))
                .set("quantity", decimal(e.quantity())).set("at", e.occurredAt()).write());
        }
        if (event instanceof RegulationCopiesDistributed e) {
            return List.of(row(Projection.OUTREACH, e.distributionId(), e.districtId())
                .set("recipientType", name(e.recipientType())).set("copies", e.copies())
                .set("at", e.occurredAt()).write());
        }
        return List.of();
    }

    /** The id of a score row: one per round and estate. */
    public static String scoreId(String roundId, String estateId) {
        return roundId + "|" + estateId;
    }

    private static Row estate(String id, String district, String name, String street, String community,
                              int households, double floorAreaM2, Instant at) {
        return row(Projection.ESTATES, id, district).set("name", name).set("street", street)
                .set("community", community).set("households", households).set("floorAreaM2", floorAreaM2)
                .push("versions", new Document("name", name).append("street", street).append("community", community)
                        .append("households", households).append("floorAreaM2", floorAreaM2).append("at", date(at)));
    }

    private static RowWrite decision(String filingId, String district, String type, String estateId,
                                     String companyId, String decision, Instant at) {
        return row(Projection.FILINGS, filingId, district).set("type", type).setIfPresent("estateId", estateId)
                .setIfPresent("companyId", companyId).set("decision", decision).set("decidedAt", at).write();
    }

    private static Row disorderStep(String caseId, String district, String estateId, String type, String step,
                                    Instant at) {
        return row(Projection.DISORDER_CASES, caseId, district).set("estateId", estateId).set("disorderType", type)
                .push("steps", new Document("step", step).append("at", date(at)));
    }

    private static RowWrite timed(Projection projection, String id, String district, String list, Instant at) {
        return row(projection, id, district).push(list, date(at)).write();
    }

    private static Row row(Projection projection, String id, String districtId) {
        return new Row(projection, id).set("districtId", districtId);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Decimals are kept as their exact text; the reports add them up as {@link BigDecimal}s. */
    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    /** A row write under construction. */
    private static final class Row {
        private final Projection projection;
        private final String id;
        private final Update update = new Update();

        Row(Projection projection, String id) {
            this.projection = projection;
            this.id = id;
        }

        Row set(String field, Object value) {
            update.set(field, value instanceof Instant at ? Date.from(at) : value);
            return this;
        }

        Row andSet(String field, Object value) {
            return set(field, value);
        }

        Row setIfPresent(String field, Object value) {
            return value == null ? this : set(field, value);
        }

        Row push(String field, Object value) {
            update.push(field, value);
            return this;
        }

        RowWrite write() {
            return new RowWrite(projection, id, update);
        }
    }
}
