package io.estatewatch.renovation.project;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.renovation.Access;
import io.estatewatch.renovation.DistrictSettings;
import io.estatewatch.renovation.estate.EstateStreets;
import io.estatewatch.renovation.programme.ProgrammeService;
import io.estatewatch.renovation.programme.domain.Programme;
import io.estatewatch.renovation.project.domain.NoticePeriod;
import io.estatewatch.renovation.project.domain.ProjectFacts;
import io.estatewatch.renovation.project.domain.RenovationProject;
import io.estatewatch.renovation.project.persistence.ProjectDocument;
import io.estatewatch.renovation.project.persistence.ProjectFilter;
import io.estatewatch.renovation.project.persistence.ProjectQueries;
import io.estatewatch.renovation.project.persistence.ProjectStore;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plans projects, records their funding, schedule and milestones, and lists them. Each change is one document write
 * of the project's new state together with the events it publishes.
 */
@Service
public class ProjectService {

    private final ProjectStore store;
    private final ProjectQueries queries;
    private final ProgrammeService programmes;
    private final EstateStreets estates;
    private final DistrictSettings district;
    private final Clock clock;

    public ProjectService(ProjectStore store, ProjectQueries queries, ProgrammeService programmes,
                          EstateStreets estates, DistrictSettings district, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.programmes = programmes;
        this.estates = estates;
        this.district = district;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        queries.ensureIndexes();
    }

    /** What planning a project takes; null {@code plannedAt} means now, null {@code buildings} means not given. */
    public record Plan(String programme, List<String> estateIds, RenovationType type, double floorAreaM2,
                       int households, Integer buildings, BigDecimal budget, boolean centralSubsidy,
                       Instant plannedAt, Map<Milestone, LocalDate> schedule) {
    }

    public RenovationProject plan(Caller caller, Plan plan) {
        Access.requireWriter(caller);
        Programme programme = programmes.requireForPlanning(plan.programme());
        Instant now = clock.instant();
        ProjectFacts facts = new ProjectFacts(UUID.randomUUID().toString(), district.districtId(), programme.code(),
                programme.title(), plan.estateIds(), plan.type(), plan.floorAreaM2(), plan.households(),
                plan.buildings() == null ? 0 : plan.buildings(), plan.budget(), plan.centralSubsidy(),
                plan.plannedAt() == null ? now : plan.plannedAt());
        RenovationProject project = RenovationProject.plan(facts, plan.schedule() == null ? Map.of() : plan.schedule(),
                district.zone(), now);
        store.insert(ProjectDocument.of(project), project.takeEvents());
        return project;
    }

    /** Reaches a milestone; repeating the same milestone with the same data publishes nothing. */
    public Outcome reachMilestone(Caller caller, String id, Milestone milestone, Instant at, NoticePeriod notice) {
        return change(caller, id, (project, now) -> project.reach(milestone, at == null ? now : at, notice, now));
    }

    public Outcome allocate(Caller caller, String id, FundingSource source, BigDecimal amount, Instant at) {
        return change(caller, id, (project, now) -> project.allocate(source, amount, at == null ? now : at, now));
    }

    public Outcome schedule(Caller caller, String id, Map<Milestone, LocalDate> days) {
        return change(caller, id, (project, now) -> project.schedule(days));
    }

    public RenovationProject get(Caller caller, String id) {
        Access.requireReader(caller);
        ProjectDocument doc = store.find(id)
                .filter(found -> found.getDistrictId().equals(district.districtId()))
                .filter(found -> caller.seesAllStreets() || estates.anyIn(found.getEstateIds(), caller.streets()))
                .orElseThrow(() -> ResourceNotFoundException.of("Renovation project", id));
        return doc.toDomain(district.zone());
    }

    public Page<RenovationProject> list(Caller caller, String programme, RenovationType type, String state,
                                        String estateId, Pageable page) {
        Access.requireReader(caller);
        ProjectFilter filter = new ProjectFilter(district.districtId(), programme, type, state, estateId);
        return queries.find(filter, scope(caller), page).map(doc -> doc.toDomain(district.zone()));
    }

    /** Projects with a milestone still open after its planned day, as of {@code asOf} (default now). */
    public Page<RenovationProject> behindSchedule(Caller caller, Instant asOf, Pageable page) {
        Access.requireReader(caller);
        LocalDate today = LocalDate.ofInstant(asOf == null ? clock.instant() : asOf, district.zone());
        return queries.behindSchedule(district.districtId(), today, scope(caller), page)
                .map(doc -> doc.toDomain(district.zone()));
    }

    /** Every project of a programme the caller may see. */
    public List<RenovationProject> ofProgramme(Caller caller, Programme programme) {
        Access.requireReader(caller);
        Set<String> scope = scope(caller);
        return queries.ofProgramme(district.districtId(), programme.code()).stream()
                .filter(doc -> scope == null || doc.getEstateIds().stream().anyMatch(scope::contains))
                .map(doc -> doc.toDomain(district.zone()))
                .toList();
    }

    /** The estates a caller's listings are limited to; null for every estate. */
    private Set<String> scope(Caller caller) {
        return caller.seesAllStreets() ? null : estates.estatesIn(caller.streets());
    }

    private Outcome change(Caller caller, String id, Change change) {
        Access.requireWriter(caller);
        ProjectDocument doc = store.find(id)
                .filter(found -> found.getDistrictId().equals(district.districtId()))
                .orElseThrow(() -> ResourceNotFoundException.of("Renovation project", id));
        RenovationProject project = doc.toDomain(district.zone());
        change.apply(project, clock.instant());
        List<DomainEvent> events = project.takeEvents();
        doc.update(project);
        store.update(doc, events);
        return new Outcome(project, !events.isEmpty());
    }

    @FunctionalInterface
    private interface Change {
        void apply(RenovationProject project, Instant now);
    }

    /**
     * A project after a change.
     *
     * @param published whether the change published an event (a repeated milestone request does not)
     */
    public record Outcome(RenovationProject project, boolean published) {
    }
}
