package io.estatewatch.reporting.projection.rebuild;

import io.estatewatch.reporting.Access;
import io.estatewatch.reporting.projection.ConsumerLag;
import io.estatewatch.reporting.projection.FoldSignals;
import io.estatewatch.reporting.projection.Projection;
import io.estatewatch.reporting.projection.ProjectionPointer;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Rebuilding the projections from the log, and what generation is current with how far behind it is. */
@RestController
public class RebuildController {

    private final RebuildService rebuilds;
    private final ProjectionPointer pointer;
    private final ConsumerLag lag;
    private final FoldSignals signals;

    public RebuildController(RebuildService rebuilds, ProjectionPointer pointer, ConsumerLag lag,
                             FoldSignals signals) {
        this.rebuilds = rebuilds;
        this.pointer = pointer;
        this.lag = lag;
        this.signals = signals;
    }

    @PostMapping("/api/v1/admin/projections/rebuild")
    public ResponseEntity<RebuildStatus> rebuild(Caller caller) {
        Access.requireAdmin(caller);
        RebuildStatus status = rebuilds.start();
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/rebuild/" + status.id()))
                .body(status);
    }

    @GetMapping("/api/v1/admin/projections/rebuild/{id}")
    public RebuildStatus status(Caller caller, @PathVariable String id) {
        Access.requireAdmin(caller);
        return rebuilds.status(id).orElseThrow(() -> ResourceNotFoundException.of("Rebuild", id));
    }

    @GetMapping("/api/v1/admin/projections")
    public Projections projections(Caller caller) {
        if (!caller.seesAllStreets()) {
            throw new AccessDeniedException("Projection state is for district admins and officers.");
        }
        long generation = pointer.forReading();
        List<String> collections = Arrays.stream(Projection.values()).map(p -> p.collection(generation)).toList();
        return new Projections(generation, collections, lag.lagByTopic(), signals.folded());
    }

    public record Projections(long generation, List<String> collections, Map<String, Double> lagByTopic,
                              long foldedSinceStart) {
    }
}
