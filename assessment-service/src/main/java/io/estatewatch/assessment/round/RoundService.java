package io.estatewatch.assessment.round;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.checklist.ChecklistService;
import io.estatewatch.assessment.checklist.domain.Checklist;
import io.estatewatch.assessment.checklist.domain.ItemMark;
import io.estatewatch.assessment.checklist.domain.Scoresheet;
import io.estatewatch.assessment.register.Estate;
import io.estatewatch.assessment.register.EstateDirectory;
import io.estatewatch.assessment.round.domain.AssessmentRound;
import io.estatewatch.assessment.round.domain.FollowUp;
import io.estatewatch.assessment.round.domain.RoundPlan;
import io.estatewatch.assessment.round.domain.RoundStatus;
import io.estatewatch.assessment.round.domain.Scorecard;
import io.estatewatch.assessment.round.domain.Scoring;
import io.estatewatch.assessment.round.domain.Standing;
import io.estatewatch.assessment.round.persistence.RoundDocument;
import io.estatewatch.assessment.shared.AggregateStore;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Opens rounds, records estates' scores, publishes results and answers who may read them. A scoring below the
 * threshold exposes the estate and issues its follow-ups ({@link FollowUps}).
 */
@Service
public class RoundService {

    /**
     * Concurrent scorings of one round conflict on its version; each is retried on the fresh round this often, after a
     * short random pause that grows with the attempt, so that inspectors saving at the same moment do not collide again
     * in lockstep.
     */
    static final int ATTEMPTS = 10;

    private final AggregateStore store;
    private final ChecklistService checklists;
    private final EstateDirectory estates;
    private final FollowUps followUps;
    private final ServiceSettings settings;
    private final Clock clock;

    public RoundService(AggregateStore store, ChecklistService checklists, EstateDirectory estates,
                        FollowUps followUps, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.checklists = checklists;
        this.estates = estates;
        this.followUps = followUps;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        store.mongo().indexOps(RoundDocument.class).createIndex(new Index().on("districtId", Sort.Direction.ASC)
                .on("name", Sort.Direction.ASC).unique().named("round_name"));
    }

    /** What opening a round takes; null times mean now, null threshold the configured one. */
    public record OpenRound(String name, String checklistVersion, OffsetDateTime openedAt, OffsetDateTime closesAt,
                            List<String> estateIds, List<String> streets, List<String> inspectors,
                            BigDecimal threshold) {
    }

    public AssessmentRound open(Caller caller, OpenRound command) {
        Access.requireDistrict(caller);
        Checklist checklist = checklists.forRound(command.checklistVersion());
        List<String> streets = command.streets() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.streets()));
        List<String> estateIds = estatesOfRound(command.estateIds(), streets);
        Instant now = clock.instant();
        RoundPlan plan = new RoundPlan(UUID.randomUUID().toString(), settings.districtId(), command.name(),
                checklist.id(), command.threshold() == null ? settings.assessment().exposureThreshold() : command.threshold(),
                streets, estateIds, command.inspectors(), Times.occurred("openedAt", command.openedAt(), now),
                Times.instant(command.closesAt()));
        AssessmentRound round = AssessmentRound.open(plan);
        store.insert(RoundDocument.of(round), round.takeEvents());
        return round;
    }

    /** The listed estates (each known, and in the streets if streets are given), or every estate of the streets. */
    private List<String> estatesOfRound(List<String> listed, List<String> streets) {
        if (listed == null || listed.isEmpty()) {
            if (streets.isEmpty()) {
                throw InvalidInputException.of("estateIds", "must name the round's estates, or streets must be given");
            }
            List<String> ids = estates.inStreets(streets).stream().map(Estate::id).toList();
            if (ids.isEmpty()) {
                throw InvalidInputException.of("streets", "hold no estate of the register");
            }
            return ids;
        }
        Map<String, Estate> known = estates.findAll(listed);
        List<FieldProblem> problems = new ArrayList<>();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            String id = listed.get(i);
            Estate estate = known.get(id);
            if (estate == null) {
                problems.add(new FieldProblem("estateIds[" + i + "]", "is not an estate of the register"));
            } else if (!ids.add(id)) {
                problems.add(new FieldProblem("estateIds[" + i + "]", "is listed twice"));
            } else if (!streets.isEmpty() && !streets.contains(estate.street())) {
                problems.add(new FieldProblem("estateIds[" + i + "]", "lies outside the round's streets"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The round's estates are not all in order.", problems);
        }
        return List.copyOf(ids);
    }

    /** What scoring an estate takes; null times mean now (and the configured periods after it). */
    public record ScoreEstate(String estateId, List<ItemMark> items, OffsetDateTime at, String mediaNote,
                              OffsetDateTime rectificationDueAt, OffsetDateTime interviewAt) {
    }

    public Scorecard score(Caller caller, String roundId, ScoreEstate command) {
        Access.requireStaff(caller);
        RoundDocument read = load(roundId);
        Estate estate = estates.find(command.estateId())
                .orElseThrow(() -> InvalidInputException.of("estateId", "is not an estate of the register"));
        Access.requireStaffFor(caller, estate);
        Instant now = clock.instant();
        Instant at = Times.occurred("at", command.at(), now);
        ServiceSettings.Assessment rules = settings.assessment();
        FollowUp followUp = new FollowUp(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                command.rectificationDueAt() == null ? at.plus(rules.rectificationPeriod())
                        : command.rectificationDueAt().toInstant(),
                command.interviewAt() == null ? at.plus(rules.interviewAfter()) : command.interviewAt().toInstant());
        String mediaNote = command.mediaNote() == null || command.mediaNote().isBlank() ? rules.mediaNote()
                : command.mediaNote();
        for (int attempt = 1; ; attempt++) {
            RoundDocument doc = attempt == 1 ? read : load(roundId);
            AssessmentRound round = doc.toDomain();
            Scoresheet sheet = checklists.byId(round.plan().checklistId()).score(command.items());
            Scorecard card = round.score(new Scoring(estate, sheet, at, caller.username(), mediaNote, followUp));
            doc.update(round);
            try {
                store.save(doc, round.takeEvents());
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt < ATTEMPTS) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(
                            ThreadLocalRandom.current().nextLong(1, 5L * attempt + 1)));
                    continue;
                }
                throw concurrent;
            }
            followUps.issuePending(round);
            return card;
        }
    }

    public AssessmentRound publish(Caller caller, String roundId, OffsetDateTime at) {
        Access.requireDistrict(caller);
        RoundDocument doc = load(roundId);
        AssessmentRound round = doc.toDomain();
        round.publish(Times.occurred("at", at, clock.instant()));
        doc.update(round);
        store.save(doc, round.takeEvents());
        return round;
    }

    /** A round; the public sees published rounds only (403 for the others). */
    public AssessmentRound get(Caller caller, String roundId) {
        Access.requireReader(caller);
        AssessmentRound round = load(roundId).toDomain();
        requireVisible(caller, round);
        return round;
    }

    public Page<AssessmentRound> list(Caller caller, RoundStatus status, Pageable page) {
        Access.requireReader(caller);
        Criteria criteria = new Criteria();
        if (!mayReadUnpublished(caller)) {
            criteria = Criteria.where("status").is(RoundStatus.PUBLISHED);
        } else if (status != null) {
            criteria = Criteria.where("status").is(status);
        }
        return store.page(RoundDocument.class, criteria, page).map(RoundDocument::toDomain);
    }

    /**
     * The ranked results: everyone's once published; before that, district staff see all of them and street
     * officers those of their own streets.
     */
    public Results results(Caller caller, String roundId) {
        AssessmentRound round = get(caller, roundId);
        List<Standing> standings = round.ranking().stream()
                .filter(standing -> round.published() || caller.maySeeStreet(standing.scorecard().estate().street()))
                .toList();
        Map<String, String> companies = estates.companyNames(standings.stream()
                .map(standing -> standing.scorecard().estate().companyId()).filter(Objects::nonNull)
                .distinct().toList());
        return new Results(round, standings, companies, checklistOf(round));
    }

    /**
     * A round's ranked results as the caller may see them.
     *
     * @param companyNames the names of the estates' companies, by id, as far as the register told them
     */
    public record Results(AssessmentRound round, List<Standing> standings, Map<String, String> companyNames,
                          Checklist checklist) {
    }

    /** One estate's scorecard with its item scores, notes and photos: staff of its street and its company. */
    public Scorecard scorecard(Caller caller, String roundId, String estateId) {
        AssessmentRound round = get(caller, roundId);
        Scorecard card = round.scorecard(estateId)
                .orElseThrow(() -> ResourceNotFoundException.of("Scorecard of estate", estateId));
        if (!Access.mayTouch(caller, card.estate())) {
            throw new AccessDeniedException("Scorecards are for staff of the estate's street and its company.");
        }
        return card;
    }

    public Checklist checklistOf(AssessmentRound round) {
        return checklists.byId(round.plan().checklistId());
    }

    private void requireVisible(Caller caller, AssessmentRound round) {
        if (!round.published() && !mayReadUnpublished(caller)) {
            throw new AccessDeniedException("Round '" + round.plan().name() + "' is not published yet.");
        }
    }

    /** District staff and street officers follow a round while it is open; companies and the public once published. */
    private static boolean mayReadUnpublished(Caller caller) {
        return caller.isStaff();
    }

    private RoundDocument load(String roundId) {
        return store.find(RoundDocument.class, roundId)
                .orElseThrow(() -> ResourceNotFoundException.of("Assessment round", roundId));
    }
}
