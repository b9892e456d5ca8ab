package io.estatewatch.reporting.dashboard;

import io.estatewatch.reporting.projection.FoldSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code GET /api/v1/reports/stream} (also {@code /dashboard/stream}, where the gateway lets the page reach it
 * without a token: a browser's EventSource sends no Authorization header): server-sent events telling open
 * dashboards that aggregates changed, at most once per debounce interval. The events carry no figures (the page asks
 * the API again with its token), so the stream is public.
 */
@RestController
public class AggregateStream {

    public static final String EVENT = "aggregates-changed";
    private static final Logger log = LoggerFactory.getLogger(AggregateStream.class);
    private static final long TIMEOUT = Duration.ofMinutes(30).toMillis();

    private final FoldSignals signals;
    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

    public AggregateStream(FoldSignals signals) {
        this.signals = signals;
    }

    @GetMapping(path = {"/api/v1/reports/stream", "/dashboard/stream"}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream() throws IOException {
        SseEmitter emitter = new SseEmitter(TIMEOUT);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        emitters.add(emitter);
        emitter.send(SseEmitter.event().name("connected").data(Map.of("folded", signals.folded()),
                MediaType.APPLICATION_JSON));
        return emitter;
    }

    /** Sends one event to every open stream when something was folded since the last tick. */
    @Scheduled(fixedDelayString = "${estatewatch.reporting.stream-debounce:1s}")
    public void publishChanges() {
        if (!signals.takeChange()) {
            return;
        }
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(SseEmitter.event().name(EVENT).data(Map.of("folded", signals.folded()),
                        MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                log.debug("A dashboard stream closed: {}", gone.toString());
                emitters.remove(emitter);
            }
        }
    }

    /** Ends every open stream when the service stops, so that a graceful shutdown does not wait for dashboards. */
    @EventListener(ContextClosedEvent.class)
    public void closeStreams() {
        for (SseEmitter emitter : emitters) {
            emitter.complete();
        }
        emitters.clear();
    }
}
