package io.estatewatch.benchmarks;

import io.estatewatch.benchmarks.fold.ComplaintLoad;
import io.estatewatch.benchmarks.fold.FoldingConsumerApplication;
import io.estatewatch.benchmarks.rig.ChildProcess;
import io.estatewatch.benchmarks.rig.Http;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.Repository;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import io.estatewatch.servicekit.security.Caller;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The consume path against the broker's own: a topic preloaded with complaint events (CloudEvents as the outbox writes
 * them), read by Kafka's ConsumerPerformance (the baseline), folded by the reporting-service (live from offset 0, then
 * a rebuild into a new generation), and folded one event at a time by service-kit's ExactFold in the stand-in consumer
 * (what the fold costs without batching). Every reader runs in a JVM with the local platform's service flags.
 */
final class FoldBenchmark {

    private static final String TOPIC = ComplaintLoad.TOPIC;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Report report;
    private final Path dir;

    FoldBenchmark(Report report, Path dir) {
        this.report = report;
        this.dir = dir;
    }

    /** A fold's measured rate; {@code finished} false when it was stopped at the time limit. */
    record Rate(double perSecond, long done, boolean finished) {

        String note() {
            return finished ? "" : String.format("  (stopped at the %d-minute limit after %,d events)", LIMIT_MINUTES, done);
        }
    }

    static final int LIMIT_MINUTES = Integer.getInteger("bench.fold.minutes", 4);
    /** {@code -Dbench.fold.stand-in=false} leaves out the per-event fold (for the large sizes, where it takes long). */
    static final boolean STAND_IN = Boolean.parseBoolean(System.getProperty("bench.fold.stand-in", "true"));

    void run() throws Exception {
        for (String size : System.getProperty("bench.events", "10000,20000,40000").split(",")) {
            runAt(Integer.parseInt(size.trim()));
        }
    }

    private void runAt(int events) throws Exception {
        report.line("## fold: %,d events — %s", events, Report.machine());
        Path dir = this.dir.resolve(Integer.toString(events));
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(dir);
             Admin admin = infrastructure.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            // About 3.2 events per complaint.
            ComplaintLoad load = ComplaintLoad.generate(42, (int) (events / 3.2), "district-bench", "bench-");
            long started = System.nanoTime();
            try (Producer<String, byte[]> producer = ComplaintLoad.producer(infrastructure.bootstrapServers())) {
                load.send(producer, 0, 2_000, 0, 42);
            }
            double produceSeconds = (System.nanoTime() - started) / 1e9;
            long records = endOffsets(admin);
            report.line("preloaded %,d records (%,d complaints) in %.1f s through an outbox-like producer (acks=all, "
                    + "one aggregate's next event after the previous one's acknowledgement)", records, load.complaints(),
                    produceSeconds);

            double baseline = consumerPerformance(infrastructure, records, dir);
            report.line("baseline  Kafka ConsumerPerformance (fetch.nMsg.sec)           %,10.0f records/s", baseline);

            ServiceUnderTest reporting = ServiceUnderTest.of("reporting-service", "reporting",
                    infrastructure.bootstrapServers(), infrastructure.mongoUri(), dir, Map.of(), List.of());
            Rate liveRate = foldRate(admin, "reporting-service", records, reporting::start);
            double live = liveRate.perSecond();
            report.line("reporting-service, live consumer from offset 0 (batch fold)    %,10.0f events/s  = %5.1f %% of baseline%s",
                    live, 100 * live / baseline, liveRate.note());
            double rebuildRate = Double.NaN;
            double rebuildSeconds = Double.NaN;
            long rebuilt = 0;
            if (liveRate.finished()) {
                JsonNode rebuild = rebuild(reporting);
                rebuildRate = rebuild.path("eventsPerSecond").asDouble();
                rebuilt = rebuild.path("eventsDone").asLong();
                rebuildSeconds = rebuild.path("finishedAt").isNull() || rebuild.path("finishedAt").isMissingNode()
                        ? Double.NaN : Duration.between(Instant.parse(rebuild.path("startedAt").asString()),
                        Instant.parse(rebuild.path("finishedAt").asString())).toMillis() / 1000.0;
                report.line("reporting-service, rebuild into a new generation               %,10.0f events/s  = %5.1f %% of baseline"
                        + "  (%,d of %,d events, state %s, %.1f s)", rebuildRate, 100 * rebuildRate / baseline, rebuilt,
                        rebuild.path("eventsTotal").asLong(), rebuild.path("state").asString(), rebuildSeconds);
            }
            reporting.close();

            double single = Double.NaN;
            String singleNote = " (left out: -Dbench.fold.stand-in=false)";
            if (STAND_IN) {
                ChildProcess perEvent = ChildProcess.ofMain("fold-consumer", ServiceUnderTest.JVM,
                        FoldingConsumerApplication.class, List.of(), Map.of(
                                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.bootstrapServers(),
                                "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", infrastructure.bootstrapServers(),
                                "SPRING_MONGODB_URI", infrastructure.mongoUri() + "/per-event"),
                        dir, dir.resolve("logs/fold-consumer.log"));
                Rate singleRate = foldRate(admin, "fold-consumer", records, perEvent::start);
                single = singleRate.perSecond();
                singleNote = singleRate.note();
                perEvent.stop(Duration.ofSeconds(15));
            }
            report.line("stand-in consumer, one guarded upsert per event (ExactFold)    %,10.0f events/s  = %5.1f %% of baseline%s",
                    single, 100 * single / baseline, singleNote);

            report.line("RESULT fold at %,d events: reporting-service %,.0f events/s live, %,.0f events/s rebuilding = "
                            + "%.1f %% / %.1f %% of ConsumerPerformance's %,.0f records/s (target >= 50 %%); unbatched "
                            + "ExactFold %,.0f events/s (%.1f %%)", records, live, rebuildRate, 100 * live / baseline,
                    100 * rebuildRate / baseline, baseline, single, 100 * single / baseline);
            report.line("RESULT rebuild at %,d events: %.1f s (%,.0f events/s); at that rate 1,000,000 events would take "
                    + "%.0f s (target <= 60 s)", rebuilt, rebuildSeconds, rebuildRate, 1_000_000 / rebuildRate);
        }
    }

    /** Kafka's own consumer benchmark on the topic, in a JVM with the services' flags. */
    private double consumerPerformance(LocalInfrastructure infrastructure, long records, Path dir) throws Exception {
        List<String> jvm = new ArrayList<>(ServiceUnderTest.JVM);
        jvm.add("-Dloader.main=org.apache.kafka.tools.ConsumerPerformance");
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.java());
        command.addAll(jvm);
        command.addAll(List.of("-cp", Repository.launcherJar().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--bootstrap-server", infrastructure.bootstrapServers(), "--topic", TOPIC,
                "--messages", Long.toString(records), "--group", "perf-" + System.nanoTime(), "--timeout", "60000"));
        Path log = dir.resolve("logs/consumer-performance.log");
        ChildProcess perf = new ChildProcess("consumer-performance", command, Map.of(), dir, log).start();
        int exit = perf.awaitExit(Duration.ofMinutes(10));
        List<String> lines = Files.readAllLines(log);
        String header = lines.stream().filter(l -> l.contains("nMsg.sec")).reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("ConsumerPerformance exited " + exit + ":\n" + perf.tail(30)));
        String values = lines.get(lines.indexOf(header) + 1);
        List<String> names = List.of(header.split(",\\s*"));
        String[] fields = values.split(",\\s*");
        report.line("          ConsumerPerformance: %s", values.trim());
        return Double.parseDouble(fields[names.indexOf("fetch.nMsg.sec")].trim());
    }

    /**
     * Starts a consumer (group {@code group}, from offset 0) and measures its fold rate: records committed from its
     * first progress to the end of the topic, over that time (its start-up is not counted).
     */
    private Rate foldRate(Admin admin, String group, long records, Runnable start) throws Exception {
        start.run();
        long firstNanos = 0;
        long firstCommitted = 0;
        long committed = 0;
        long now = System.nanoTime();
        long deadline = now + TimeUnit.MINUTES.toNanos(LIMIT_MINUTES);
        while (now < deadline) {
            committed = committed(admin, group);
            now = System.nanoTime();
            if (firstNanos == 0 && committed > 0) {
                firstNanos = now;
                firstCommitted = committed;
            }
            if (committed >= records) {
                return new Rate((committed - firstCommitted) / ((now - firstNanos) / 1e9), committed, true);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        return new Rate(firstNanos == 0 ? 0 : (committed - firstCommitted) / ((now - firstNanos) / 1e9), committed, false);
    }

    private static long committed(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(TOPIC) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private static long endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(TOPIC).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(TOPIC, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
    }

    private static JsonNode rebuild(ServiceUnderTest reporting) {
        Http http = new Http(Duration.ofSeconds(60));
        Map<String, String> admin = Http.bearer(ServiceUnderTest.token(Caller.districtAdmin("bench")));
        Http.Answer started = http.post(reporting.uri("/api/v1/admin/projections/rebuild"), admin, "application/json",
                new byte[0]);
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild answered " + started.status() + ": " + started.body());
        }
        String id = JSON.readTree(started.body()).path("id").asString();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(LIMIT_MINUTES);
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = JSON.readTree(http.get(reporting.uri("/api/v1/admin/projections/rebuild/" + id), admin).body());
            String state = status.path("state").asString();
            if ("DONE".equals(state) || "FAILED".equals(state)) {
                return status;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        return status; // still running at the limit: its events/s so far
    }
}
