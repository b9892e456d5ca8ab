package io.estatewatch.benchmarks.faults;

import com.mongodb.client.MongoClient;
import io.estatewatch.benchmarks.fold.ComplaintLoad;
import io.estatewatch.benchmarks.fold.ComplaintRows;
import io.estatewatch.benchmarks.fold.FoldingConsumerApplication;
import io.estatewatch.benchmarks.rig.ChildProcess;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import io.estatewatch.benchmarks.rig.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A folding consumer (Spring Cloud Stream, service-kit's reader and exact fold, shaped as the reporting-service)
 * killed with SIGKILL in the middle of its batches while a load of known events arrives, and the broker itself killed
 * and restarted once: the folded rows equal the ground truth computed from the events sent. A full replay changes no
 * number; a poison event goes to the dead-letter topic within three attempts while its partition keeps flowing.
 *
 * <p>Once the reporting-service is built, {@link ReportingServiceCrashTest} kills the real one and the first test here
 * runs only with {@code -Destatewatch.faults=full}; the poison test always runs (a fold that fails on purpose needs
 * this stand-in).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsumerCrashTest {

    private static final String TOPIC = ComplaintLoad.TOPIC;
    private static final String GROUP = "fold-consumer";
    private static final String DLQ = "estatewatch.complaint.events.fold-consumer.dlq";
    private static final String DATABASE = "fold";
    private static final int COMPLAINTS = 600;
    private static final Duration BOUND = Duration.ofSeconds(120);
    /** Generous: the build machine's two cores are shared with other builds. */
    private static final Duration CATCH_UP = Duration.ofMinutes(4);

    private static Path dir;
    private static LocalInfrastructure infrastructure;
    private static ChildProcess consumer;
    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void start() throws Exception {
        dir = FaultRun.directory("consumer-crash");
        infrastructure = LocalInfrastructure.start(dir);
        try (Admin admin = infrastructure.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        consumer = ChildProcess.ofMain("fold-consumer", jvm(), FoldingConsumerApplication.class, List.of(),
                Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.bootstrapServers(),
                        "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", infrastructure.bootstrapServers(),
                        "SPRING_MONGODB_URI", infrastructure.mongoUri() + "/" + DATABASE),
                dir, dir.resolve("logs/fold-consumer.log"));
        client = LocalInfrastructure.mongoClient(infrastructure.mongoUri());
        mongo = new MongoTemplate(client, DATABASE);
    }

    @AfterAll
    static void stop() {
        if (consumer != null) {
            consumer.kill();
        }
        if (client != null) {
            client.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    @Order(1)
    void theFoldEqualsTheGroundTruthAfterThreeConsumerKillsMidBatchAndABrokerRestart() throws Exception {
        assumeTrue(FaultSettings.FULL || ServiceUnderTest.jar(ServicePlatform.REPORTING_SERVICE).isEmpty(),
                "the real reporting-service is built: ReportingServiceCrashTest kills it instead (-Destatewatch.faults=full runs both)");
        long seed = Long.getLong("estatewatch.faults.seed", System.nanoTime());
        ComplaintLoad load = ComplaintLoad.generate(seed, COMPLAINTS, "district-load", "load-");
        ComplaintRows rows = new ComplaintRows(mongo);
        consumer.start();

        List<String> faults = new ArrayList<>();
        try (Producer<String, byte[]> producer = ComplaintLoad.producer(infrastructure.bootstrapServers())) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(
                    () -> load.send(producer, 500, 40, 0.03, seed));
            // The three kills and the broker restart happen at rising points of the fold's progress.
            long total = load.complaints();
            for (double share : new double[] {0.15, 0.35, 0.55, 0.75}) {
                long target = (long) (total * share);
                await("the fold to reach " + target + " complaints").atMost(BOUND).pollInterval(Duration.ofMillis(200))
                        .until(() -> !consumer.alive() || rows.rows() >= target);
                assertThat(consumer.alive()).as("the consumer runs until killed:\n%s", consumer.tail(40)).isTrue();
                if (share == 0.55) {
                    infrastructure.killBroker();
                    infrastructure.startBroker();
                    faults.add("broker SIGKILL+restart at " + rows.rows() + " rows");
                } else {
                    consumer.kill();
                    faults.add("consumer SIGKILL at " + rows.rows() + " rows");
                    consumer.start();
                }
            }
            sending.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        }
        awaitCaughtUp(load.events(), rows);

        assertThat(rows.rows()).isEqualTo(load.complaints());
        assertThat(rows.eventsApplied()).as("no event counted twice or lost").isEqualTo(load.events());
        assertThat(rows.countBy("status")).isEqualTo(load.statusCounts());
        assertThat(rows.countBy("category")).isEqualTo(load.categoryCounts());
        assertThat(rows.countBy("channel")).isEqualTo(load.channelCounts());
        long repeats = FoldingConsumerApplication.repeats(mongo);
        assertThat(repeats).as("the fold saw the duplicates and ignored them").isGreaterThanOrEqualTo(load.duplicatesSent());

        FaultRun.figure("consumer-crash", "seed " + seed + ", " + load.describe() + "; " + faults
                + "; fold = " + rows.rows() + " rows, " + rows.eventsApplied() + " events applied (ground truth "
                + load.complaints() + " / " + load.events() + "), status and category breakdowns equal; "
                + repeats + " deliveries recognised as repeats (" + load.duplicatesSent() + " sent twice, the rest "
                + "redelivered after the kills)");

        // A full replay: the group rewound to offset 0 folds every event again and changes nothing.
        consumer.stop(Duration.ofSeconds(30));
        try (Admin admin = infrastructure.admin()) {
            await("the group to be empty").atMost(BOUND).ignoreExceptions()
                    .until(() -> {
                        ConsumerGroups.rewind(admin, GROUP, TOPIC);
                        return true;
                    });
        }
        consumer.start();
        long repeatsBefore = repeats;
        await("the replay to pass every event").atMost(BOUND).pollInterval(Duration.ofMillis(250))
                .until(() -> FoldingConsumerApplication.repeats(mongo) - repeatsBefore >= load.sent());
        awaitCaughtUp(load.events(), rows);
        assertThat(rows.rows()).isEqualTo(load.complaints());
        assertThat(rows.eventsApplied()).isEqualTo(load.events());
        assertThat(rows.countBy("status")).isEqualTo(load.statusCounts());
        assertThat(rows.countBy("category")).isEqualTo(load.categoryCounts());
        FaultRun.figure("consumer-crash", "full replay of " + load.sent() + " records: every number unchanged");
    }

    @Test
    @Order(2)
    void aPoisonEventReachesTheDeadLetterTopicWithinThreeAttemptsAndItsPartitionKeepsFlowing() throws Exception {
        if (!consumer.alive()) {
            consumer.start();
        }
        ComplaintRows rows = new ComplaintRows(mongo);
        long before = rows.rows();
        // Two poison events, each followed on its own key (so on its partition) by the aggregate's next event.
        List<ComplaintLoad.Event> failing = twoOrMoreEvents("poison-a-");
        List<ComplaintLoad.Event> unreadable = twoOrMoreEvents("poison-b-");
        ComplaintLoad.Event fails = failing.get(0).withId("poison-fails-" + failing.get(0).id());
        ComplaintLoad.Event broken = unreadable.get(0).withId("poison-unreadable-" + unreadable.get(0).id())
                .withData("{\"complaintId\": truncated".getBytes(StandardCharsets.UTF_8));
        try (Producer<String, byte[]> producer = ComplaintLoad.producer(infrastructure.bootstrapServers())) {
            for (ComplaintLoad.Event event : List.of(fails, broken, failing.get(1), unreadable.get(1))) {
                producer.send(event.record("poison-test")).get(30, TimeUnit.SECONDS);
            }
        }
        await("the healthy events behind the poison to be folded").atMost(BOUND).pollInterval(Duration.ofMillis(100))
                .until(() -> rows.rows() >= before + 2);
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        await("both poison events on the dead-letter topic").atMost(BOUND).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    dead.clear();
                    dead.addAll(Topics.readAll(infrastructure.bootstrapServers(), DLQ));
                    return dead.size() >= 2;
                });
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(fails.subject(), broken.subject());
        for (ConsumerRecord<String, byte[]> record : dead) {
            assertThat(Topics.headers(record)).containsKey("x-exception-message");
        }
        long failingAttempts = FoldingConsumerApplication.deliveries(mongo, fails.id());
        long unreadableAttempts = FoldingConsumerApplication.deliveries(mongo, broken.id());
        assertThat(failingAttempts).as("a failing fold is tried three times, no more").isBetween(1L, 3L);
        assertThat(unreadableAttempts).as("an unreadable record is not retried").isEqualTo(1);
        assertThat(rows.rows()).isEqualTo(before + 2);
        FaultRun.figure("poison", "failing fold: " + failingAttempts + " attempts then DLQ; unreadable data: "
                + unreadableAttempts + " attempt then DLQ; both partitions kept flowing (the next event on each folded); "
                + "DLQ reasons: " + dead.stream().map(r -> Topics.headers(r).get("x-exception-message")
                .replaceFirst("^error occurred in message handler \\[[^\\]]*\\]; ", "")).toList());
    }

    private void awaitCaughtUp(long events, ComplaintRows rows) throws Exception {
        try (Admin admin = infrastructure.admin()) {
            await("the consumer to catch up").atMost(CATCH_UP).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        assertThat(consumer.alive()).as("consumer alive:\n%s", consumer.tail(20)).isTrue();
                        long lag = ConsumerGroups.lag(admin, GROUP, TOPIC);
                        long applied = rows.eventsApplied();
                        assertThat(lag == 0 && applied >= events)
                                .as("lag %d, %d of %d events applied, %d rows", lag, applied, events, rows.rows())
                                .isTrue();
                    });
        }
    }

    private static List<ComplaintLoad.Event> twoOrMoreEvents(String prefix) {
        return ComplaintLoad.generate(prefix.hashCode(), 20, "district-load", prefix).lifecycles().stream()
                .filter(lifecycle -> lifecycle.size() >= 2).findFirst().orElseThrow();
    }

    private static List<String> jvm() {
        List<String> options = new ArrayList<>(ChildProcess.SMALL_JVM);
        options.add("-Xmx256m");
        return options;
    }
}
