package io.estatewatch.complaint.intake;

import io.estatewatch.complaint.DistrictSettings;
import io.estatewatch.complaint.Identifiers;
import io.estatewatch.complaint.deadline.domain.DeadlinePolicy;
import io.estatewatch.complaint.duplicate.DuplicateDetector;
import io.estatewatch.complaint.handling.domain.Complaint;
import io.estatewatch.complaint.handling.domain.ComplaintFacts;
import io.estatewatch.complaint.handling.persistence.ComplaintDocument;
import io.estatewatch.complaint.handling.persistence.ComplaintNumbers;
import io.estatewatch.complaint.handling.persistence.ComplaintStore;
import io.estatewatch.complaint.intake.domain.PhoneNumber;
import io.estatewatch.complaint.intake.domain.Submission;
import io.estatewatch.complaint.personaldata.PersonalDataProtection;
import io.estatewatch.complaint.routing.EstateDirectory;
import io.estatewatch.complaint.routing.domain.Estate;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Takes complaints in (受理) from hotline systems and staff: validates them, recognises the estate, dispatches to the
 * estate's company or street office (or leaves the complaint in the triage queue), computes its deadlines, flags a
 * probable duplicate, seals the complainant's name and phone number, and stores it with its events.
 *
 * <p>The natural key channel + externalId makes a retried push return the first complaint; the same key with other
 * content is a conflict. Ten identical pushes at once still make one complaint: the key is a unique index.
 */
@Service
public class IntakeService {

    private final ComplaintStore store;
    private final ComplaintNumbers numbers;
    private final EstateDirectory estates;
    private final DeadlinePolicy deadlines;
    private final DuplicateDetector duplicates;
    private final PersonalDataProtection personalData;
    private final DistrictSettings district;
    private final Clock clock;

    public IntakeService(ComplaintStore store, ComplaintNumbers numbers, EstateDirectory estates, DeadlinePolicy deadlines,
                         DuplicateDetector duplicates, PersonalDataProtection personalData, DistrictSettings district,
                         Clock clock) {
        this.store = store;
        this.numbers = numbers;
        this.estates = estates;
        this.deadlines = deadlines;
        this.duplicates = duplicates;
        this.personalData = personalData;
        this.district = district;
        this.clock = clock;
    }

    /** @param created false when the push repeated one received before */
    public record Outcome(ComplaintDocument complaint, boolean created) {
    }

    public Outcome receive(Caller caller, Submission.Raw raw) {
        if (!(caller.isStaff() || caller.role() == Role.HOTLINE_CLIENT)) {
            throw new AccessDeniedException("Complaints are pushed by hotline systems and entered by staff.");
        }
        Instant now = clock.instant();
        Submission submission = Submission.validate(raw, caller.role() == Role.HOTLINE_CLIENT, now, Complaint.CLOCK_SKEW);
        if (!caller.mayPushChannel(submission.channel().name())) {
            throw new AccessDeniedException("This hotline system may not push complaints of channel "
                    + submission.channel().name() + ".");
        }
        String fingerprint = fingerprint(raw, submission);
        String id = Identifiers.newId();
        String naturalKey = ComplaintDocument.naturalKey(submission.channel(), submission.externalId(), id);
        if (submission.externalId() != null) {
            Optional<ComplaintDocument> first = store.findByNaturalKey(naturalKey);
            if (first.isPresent()) {
                return repeated(first.get(), fingerprint);
            }
        }

        Optional<Estate> estate = estates.locate(submission.estateId(), submission.address());
        String estateId = estate.map(Estate::id).orElse(submission.estateId());
        PhoneNumber phone = submission.phone();
        String phoneHash = phone == null ? null : personalData.phoneHash(phone.digits());
        DeadlinePolicy.Deadlines due = deadlines.deadlinesFor(submission.channel(), submission.category(),
                submission.receivedAt());
        String duplicateOf = estate.isEmpty() ? null : duplicates.originalOf(district.districtId(), phoneHash,
                estateId, submission.category(), submission.receivedAt()).orElse(null);
        String number = numbers.next(district.districtId(),
                LocalDate.ofInstant(submission.receivedAt(), district.zone()).getYear());

        ComplaintFacts facts = new ComplaintFacts(id, district.districtId(), number, submission.channel(),
                submission.externalId(), submission.category(), submission.description(), estateId,
                estate.map(Estate::name).orElse(null), estate.map(Estate::street).orElse(null), submission.address(),
                phone == null ? null : phone.masked(), phoneHash, submission.receivedAt(), due.responseDueAt(),
                due.resolutionDueAt(), caller.username());
        Complaint complaint = Complaint.receive(facts, estate.map(Estate::assignee).orElse(null), duplicateOf, now);
        ComplaintDocument doc = ComplaintDocument.of(complaint, naturalKey, fingerprint,
                personalData.encrypt(submission.name()), personalData.encrypt(phone == null ? null : phone.formatted()));
        try {
            store.insert(doc, complaint.takeEvents());
        } catch (DuplicateKeyException sameKeyAtOnce) {
            // Another push of the same ticket was stored between our look-up and our insert.
            return repeated(store.findByNaturalKey(naturalKey).orElseThrow(() -> sameKeyAtOnce), fingerprint);
        }
        return new Outcome(doc, true);
    }

    private static Outcome repeated(ComplaintDocument first, String fingerprint) {
        if (!first.getFingerprint().equals(fingerprint)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("complaintId", first.getId());
            properties.put("number", first.getNumber());
            properties.put("currentState", first.getStatus().name());
            throw new ConflictException("Ticket " + first.getExternalId() + " of channel " + first.getChannel()
                    + " was received before with other content (complaint " + first.getNumber() + "). A retried push "
                    + "must repeat the first one exactly; a new complaint needs a new externalId.", properties);
        }
        return new Outcome(first, false);
    }

    /** The submission as the client sent it (an absent receivedAt stays absent, so a retry matches). */
    private String fingerprint(Submission.Raw raw, Submission submission) {
        return personalData.fingerprint(Arrays.asList(
                submission.channel().name(),
                submission.externalId(),
                raw.receivedAt() == null ? null : raw.receivedAt().toInstant().toString(),
                submission.estateId(),
                submission.address(),
                submission.category().name(),
                submission.description(),
                submission.name(),
                submission.phone() == null ? null : submission.phone().digits()));
    }
}
