package io.estatewatch.local.demo;

import io.estatewatch.local.demo.GatewayClient.Caller;
import io.estatewatch.local.demo.GatewayClient.Response;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * What every part of a load shares: the gateway, the plan, the ids the platform gave the plan's records, the
 * section's staff who do the work, and the pool that sends independent requests side by side.
 */
final class LoadContext implements AutoCloseable {

    final GatewayClient client;
    final DistrictPlan plan;
    final LoadProgress progress;
    /** Send every request again (with the same keys) instead of skipping what is already there. */
    final boolean resend;

    final Map<String, String> companyIds = new ConcurrentHashMap<>();
    final Map<String, String> estateIds = new ConcurrentHashMap<>();
    final Map<String, String> complaintIds = new ConcurrentHashMap<>();

    /** The section's head: registers, decides filings, opens rounds. */
    final Caller admin = Caller.staff("demo-admin", "DISTRICT_ADMIN");
    private final List<Caller> officers = List.of(
            Caller.staff("demo-officer-1", "DISTRICT_OFFICER"),
            Caller.staff("demo-officer-2", "DISTRICT_OFFICER"),
            Caller.staff("demo-officer-3", "DISTRICT_OFFICER"));
    private final ExecutorService pool;
    private final int parallelism;

    LoadContext(GatewayClient client, DistrictPlan plan, LoadProgress progress, boolean resend, int parallelism) {
        this.client = client;
        this.plan = plan;
        this.progress = progress;
        this.resend = resend;
        this.parallelism = Math.max(1, parallelism);
        this.pool = Executors.newFixedThreadPool(this.parallelism, runnable -> {
            Thread thread = new Thread(runnable, "demo-load");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One of the section's officers, the same one for the same number. */
    Caller officer(int number) {
        return officers.get(Math.floorMod(number, officers.size()));
    }

    /** An idempotency key for one request of the plan: the seed and the record's key make it the same every run. */
    String key(Object... parts) {
        StringBuilder key = new StringBuilder("demo-").append(plan.seed());
        for (Object part : parts) {
            key.append('-').append(part);
        }
        return key.toString();
    }

    /** Runs {@code work} for every item on the pool and waits; a failure of one item is the part's, not the load's. */
    <T> void inParallel(List<T> items, LoadProgress.Part part, Consumer<T> work) {
        if (parallelism == 1) {
            items.forEach(item -> guarded(item, part, work));
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> guarded(item, part, work)));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GatewayClient.GatewayException("interrupted", -1);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static <T> void guarded(T item, LoadProgress.Part part, Consumer<T> work) {
        try {
            work.accept(item);
        } catch (GatewayClient.GatewayException e) {
            part.failed(e.getMessage());
        } catch (RuntimeException e) {
            part.failed(e.toString());
        }
    }

    /** Whether an answer says the endpoint itself is missing (the service does not offer it yet). */
    static boolean missingEndpoint(Response response) {
        return response.status() == 404 || response.status() == 405;
    }

    static String iso(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The instant of a time field of a JSON answer, if it has one that parses. */
    static Optional<Instant> instant(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isString()) {
                try {
                    return Optional.of(OffsetDateTime.parse(value.asString()).toInstant());
                } catch (DateTimeParseException e) {
                    try {
                        return Optional.of(Instant.parse(value.asString()));
                    } catch (DateTimeParseException ignored) {
                        // try the next field
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    static boolean replayed(Response response) {
        return response.headers().firstValue("Idempotent-Replay").map("true"::equalsIgnoreCase).orElse(false);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
