package io.estatewatch.assessment.followup;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.followup.domain.Interview;
import io.estatewatch.assessment.followup.domain.InterviewStatus;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.assessment.followup.persistence.InterviewDocument;
import io.estatewatch.assessment.register.Estate;
import io.estatewatch.assessment.register.EstateDirectory;
import io.estatewatch.assessment.shared.AggregateStore;
import io.estatewatch.assessment.shared.EstateScope;
import io.estatewatch.assessment.shared.Filter;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Interviews (约谈): those a failed assessment scheduled, those staff schedule for other reasons, and holding them.
 */
@Service
public class InterviewService {

    private final AggregateStore store;
    private final EstateDirectory estates;
    private final ServiceSettings settings;
    private final Clock clock;

    public InterviewService(AggregateStore store, EstateDirectory estates, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.estates = estates;
        this.settings = settings;
        this.clock = clock;
    }

    /** An interview not caused by a round: staff of the estate's street. */
    public Interview schedule(Caller caller, String estateId, OffsetDateTime scheduledAt, String reason,
                              OffsetDateTime at) {
        Estate estate = estates.find(estateId)
                .orElseThrow(() -> InvalidInputException.of("estateId", "is not an estate of the register"));
        Access.requireStaffFor(caller, estate);
        Instant created = Times.occurred("at", at, clock.instant());
        Instant when = scheduledAt == null ? created : scheduledAt.toInstant();
        if (when.isBefore(created)) {
            throw InvalidInputException.of("scheduledAt", "must not be before the interview is arranged");
        }
        Interview interview = Interview.schedule(UUID.randomUUID().toString(), settings.districtId(), null,
                EstateParties.of(estate), reason, when, created);
        store.insert(InterviewDocument.of(interview), interview.takeEvents());
        return interview;
    }

    /** Records that the interview was held: publishes InterviewHeld. */
    public Interview hold(Caller caller, String id, OffsetDateTime at, List<String> attendees, String commitment) {
        InterviewDocument doc = load(id);
        Interview interview = doc.toDomain();
        Access.requireStaffFor(caller, interview.parties().street());
        interview.hold(Times.occurred("at", at, clock.instant()), attendees, commitment);
        doc.update(interview);
        store.save(doc, interview.takeEvents());
        return interview;
    }

    public Interview get(Caller caller, String id) {
        Access.requireEstateParty(caller);
        Interview interview = load(id).toDomain();
        if (!Access.mayTouch(caller, interview.parties().street(), interview.parties().companyId())) {
            throw ResourceNotFoundException.of("Interview", id);
        }
        return interview;
    }

    public Page<Interview> list(Caller caller, InterviewStatus status, String roundId, String estateId, Pageable page) {
        Access.requireEstateParty(caller);
        Filter filter = Filter.scopedTo(caller).eq("status", status).eq("roundId", roundId)
                .eq(EstateScope.ESTATE_ID, estateId);
        return store.page(InterviewDocument.class, filter.criteria(), page)
                .map(InterviewDocument::toDomain);
    }

    private InterviewDocument load(String id) {
        return store.find(InterviewDocument.class, id).orElseThrow(() -> ResourceNotFoundException.of("Interview", id));
    }
}
