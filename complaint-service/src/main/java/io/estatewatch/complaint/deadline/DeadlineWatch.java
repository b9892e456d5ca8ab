package io.estatewatch.complaint.deadline;

import io.estatewatch.complaint.handling.HandlingService;
import io.estatewatch.complaint.handling.persistence.ComplaintDocument;
import io.estatewatch.complaint.handling.persistence.ComplaintQueries;
import io.estatewatch.complaint.handling.persistence.ComplaintStore;
import io.estatewatch.complaint.routing.LateRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Finds the complaints whose deadline passed with its step not done, and marks each deadline missed once
 * ({@code ComplaintDeadlineMissed}, {@code occurredAt} = the deadline). A complaint changed within the last
 * {@code settle} is left for a later pass: back-dated complaints are pushed and their steps entered right after, and
 * a response entered a second later with an {@code at} before the deadline is no miss. A step entered after the
 * deadline marks it itself, so a deadline is marked by whichever comes first, and only once (the marks are part of
 * the complaint's versioned document). Also completes merges whose second write was lost, and routes complaints
 * that still wait for an estate the register has announced since.
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final ComplaintQueries queries;
    private final ComplaintStore store;
    private final HandlingService handling;
    private final LateRouting lateRouting;
    private final DeadlineSettings settings;

    public DeadlineWatch(ComplaintQueries queries, ComplaintStore store, HandlingService handling,
                         LateRouting lateRouting, DeadlineSettings settings) {
        this.queries = queries;
        this.store = store;
        this.handling = handling;
        this.lateRouting = lateRouting;
        this.settings = settings;
    }

    /** @param marked deadlines marked missed in this pass; @param skipped complaints changed meanwhile (next pass) */
    public record Pass(int marked, int skipped) {
    }

    /** One pass as of {@code now}. */
    public Pass run(Instant now) {
        int marked = 0;
        int skipped = 0;
        List<ComplaintDocument> overdue = queries.overdue(now, now.minus(settings.settle()), settings.batchSize());
        for (ComplaintDocument doc : overdue) {
            try {
                marked += store.change(doc, complaint -> complaint.judgeDeadlines(now)).size();
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                skipped++;
            }
        }
        handling.linkMerges(settings.batchSize());
        lateRouting.retryWaiting(settings.batchSize());
        if (marked > 0 || skipped > 0) {
            log.info("Deadline watch: {} deadlines marked missed, {} complaints left for the next pass", marked, skipped);
        }
        return new Pass(marked, skipped);
    }
}
