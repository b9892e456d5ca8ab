package io.estatewatch.assessment.checklist;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.checklist.domain.Checklist;
import io.estatewatch.assessment.checklist.domain.ChecklistSection;
import io.estatewatch.assessment.checklist.domain.DefaultChecklist;
import io.estatewatch.assessment.checklist.persistence.ChecklistStore;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Defines checklists, makes new versions of them, and finds the version a round uses. */
@Service
public class ChecklistService {

    private static final Logger log = LoggerFactory.getLogger(ChecklistService.class);

    private final ChecklistStore store;
    private final ServiceSettings settings;
    private final Clock clock;

    public ChecklistService(ChecklistStore store, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The default checklist exists from the first start on; seeding again changes nothing. */
    @EventListener(ApplicationReadyEvent.class)
    public void seedDefault() {
        try {
            store.insert(DefaultChecklist.civilisedCity(clock.instant()));
            log.info("Seeded the default checklist {}", Checklist.id(DefaultChecklist.CODE, 1));
        } catch (DuplicateKeyException present) {
            log.debug("The default checklist is there already");
        }
    }

    /** Version 1 of a new checklist. */
    public Checklist create(Caller caller, String code, String title, List<ChecklistSection> sections) {
        Access.requireDistrict(caller);
        Checklist checklist = Checklist.define(code, 1, title, sections, clock.instant());
        store.latest(code).ifPresent(latest -> {
            throw new ConflictException("Checklist '" + code + "' exists already; edit it by adding a version.",
                    Map.of("latestVersion", latest.id()));
        });
        store.insert(checklist);
        return checklist;
    }

    /** The next version of a checklist; rounds opened with earlier versions keep theirs. */
    public Checklist revise(Caller caller, String code, String title, List<ChecklistSection> sections) {
        Access.requireDistrict(caller);
        Checklist latest = store.latest(code).orElseThrow(() -> ResourceNotFoundException.of("Checklist", code));
        Checklist next = Checklist.define(code, latest.version() + 1, title, sections, clock.instant());
        store.insert(next);
        return next;
    }

    public Collection<Checklist> latestOfEach(Caller caller) {
        Access.requireReader(caller);
        return store.latestOfEach();
    }

    public Checklist latest(Caller caller, String code) {
        Access.requireReader(caller);
        return store.latest(code).orElseThrow(() -> ResourceNotFoundException.of("Checklist", code));
    }

    public Checklist version(Caller caller, String code, int version) {
        Access.requireReader(caller);
        return store.find(Checklist.id(code, version))
                .orElseThrow(() -> ResourceNotFoundException.of("Checklist version", Checklist.id(code, version)));
    }

    /**
     * The checklist version a new round names: a version id ({@code civilised-city-v1}), a code (its latest
     * version), or nothing (the latest version of the configured default).
     */
    public Checklist forRound(String named) {
        String name = named == null || named.isBlank() ? settings.assessment().defaultChecklist() : named;
        return store.find(name).or(() -> store.latest(name))
                .orElseThrow(() -> InvalidInputException.of("checklistVersion", "names no checklist version"));
    }

    /** The version a round was opened with. */
    public Checklist byId(String id) {
        return store.find(id).orElseThrow(() -> new IllegalStateException("Checklist " + id + " has disappeared"));
    }
}
