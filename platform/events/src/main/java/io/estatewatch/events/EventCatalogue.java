package io.estatewatch.events;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of every published event type: its {@code ce_type}, topic and key, in one place.
 *
 * <p>Producers look up the contract of the record they emit; consumers look up the record class of a
 * {@code ce_type} they read. {@code docs/events.md} is generated from this list.
 */
public final class EventCatalogue {

    private static final List<Class<? extends DomainEvent>> TYPES = List.of(
            io.estatewatch.events.register.EstateManagementAssigned.class,
            io.estatewatch.events.register.EstateManagementEnded.class,
            io.estatewatch.events.register.EstateRegistered.class,
            io.estatewatch.events.register.EstateServiceGradeSet.class,
            io.estatewatch.events.register.EstateUpdated.class,
            io.estatewatch.events.register.PropertyCompanyRegistered.class,
            io.estatewatch.events.complaint.ComplaintAssigned.class,
            io.estatewatch.events.complaint.ComplaintCallbackRecorded.class,
            io.estatewatch.events.complaint.ComplaintClosed.class,
            io.estatewatch.events.complaint.ComplaintDeadlineMissed.class,
            io.estatewatch.events.complaint.ComplaintMerged.class,
            io.estatewatch.events.complaint.ComplaintReceived.class,
            io.estatewatch.events.complaint.ComplaintReopened.class,
            io.estatewatch.events.complaint.ComplaintResolved.class,
            io.estatewatch.events.complaint.ComplaintResponded.class,
            io.estatewatch.events.complaint.ComplaintUrged.class,
            io.estatewatch.events.filing.FilingApproved.class,
            io.estatewatch.events.filing.FilingRejected.class,
            io.estatewatch.events.filing.FilingResubmitted.class,
            io.estatewatch.events.filing.FilingReturned.class,
            io.estatewatch.events.filing.FilingSubmitted.class,
            io.estatewatch.events.assessment.AssessmentResultsPublished.class,
            io.estatewatch.events.assessment.AssessmentRoundOpened.class,
            io.estatewatch.events.assessment.DisorderCaseClosed.class,
            io.estatewatch.events.assessment.DisorderCaseEscalated.class,
            io.estatewatch.events.assessment.DisorderCaseOpened.class,
            io.estatewatch.events.assessment.EpidemicCheckRecorded.class,
            io.estatewatch.events.assessment.EstateExposed.class,
            io.estatewatch.events.assessment.EstateScored.class,
            io.estatewatch.events.assessment.FireLaneInspected.class,
            io.estatewatch.events.assessment.InterviewHeld.class,
            io.estatewatch.events.assessment.RectificationFailed.class,
            io.estatewatch.events.assessment.RectificationOrdered.class,
            io.estatewatch.events.assessment.RectificationVerified.class,
            io.estatewatch.events.assessment.RegulationCopiesDistributed.class,
            io.estatewatch.events.assessment.SuppliesDistributed.class,
            io.estatewatch.events.renovation.RenovationFundingAllocated.class,
            io.estatewatch.events.renovation.RenovationMilestoneReached.class,
            io.estatewatch.events.renovation.RenovationProjectPlanned.class);

    private static final List<EventDescriptor> DESCRIPTORS =
            TYPES.stream().map(EventDescriptor::of).toList();

    private static final Map<String, EventDescriptor> BY_TYPE =
            DESCRIPTORS.stream().collect(Collectors.toUnmodifiableMap(EventDescriptor::type, Function.identity()));

    private static final Map<Class<?>, EventDescriptor> BY_CLASS =
            DESCRIPTORS.stream().collect(Collectors.toUnmodifiableMap(EventDescriptor::javaType, Function.identity()));

    private EventCatalogue() {
    }

    public static List<EventDescriptor> all() {
        return DESCRIPTORS;
    }

    public static Optional<EventDescriptor> forType(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }

    public static EventDescriptor forEvent(DomainEvent event) {
        return forClass(event.getClass());
    }

    public static EventDescriptor forClass(Class<?> javaType) {
        EventDescriptor descriptor = BY_CLASS.get(javaType);
        if (descriptor == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not in the event catalogue");
        }
        return descriptor;
    }

    /** One published event type. */
    public record EventDescriptor(
            Class<? extends DomainEvent> javaType,
            String type,
            Topic topic,
            String key,
            String meaning,
            List<RecordComponent> fields) {

        static EventDescriptor of(Class<? extends DomainEvent> javaType) {
            EventContract contract = javaType.getAnnotation(EventContract.class);
            if (contract == null || !javaType.isRecord()) {
                throw new IllegalStateException(javaType.getName() + " must be a record annotated with @EventContract");
            }
            return new EventDescriptor(javaType, contract.type(), contract.topic(), contract.key(), contract.meaning(),
                    Arrays.asList(javaType.getRecordComponents()));
        }

        /** The contract version, the number after the type's final {@code .v}. */
        public int version() {
            return Integer.parseInt(type.substring(type.lastIndexOf(".v") + 2));
        }

        public String name() {
            return javaType.getSimpleName();
        }
    }
}
