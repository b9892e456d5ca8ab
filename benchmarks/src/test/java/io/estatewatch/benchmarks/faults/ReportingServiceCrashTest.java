package io.estatewatch.benchmarks.faults;

import io.estatewatch.benchmarks.fold.ComplaintLoad;
import io.estatewatch.benchmarks.rig.Http;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import io.estatewatch.benchmarks.rig.Topics;
import io.estatewatch.servicekit.security.Caller;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real reporting-service, from its jar, killed with SIGKILL three times in the middle of its batches while a
 * load of known complaint events arrives, and the broker killed and restarted once: its summary API then answers
 * exactly the ground truth computed from the events sent (totals, channels, categories, the three rates), and a full
 * rebuild from offset 0 answers the same. Before that, an unreadable record read in the middle of a poll goes to the
 * dead-letter topic and every record around it is folded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingServiceCrashTest {

    private static final String TOPIC = ComplaintLoad.TOPIC;
    private static final String DISTRICT = "district-load";
    private static final String POISON_DISTRICT = "district-poison";
    private static final String PERIOD = "from=2021-12-01&to=2022-12-31&district=" + DISTRICT;
    private static final int COMPLAINTS = 1_200;
    private static final Duration BOUND = Duration.ofMinutes(4);

    private static Path dir;
    private static LocalInfrastructure infrastructure;
    private static ServiceUnderTest reporting;
    private static final Http HTTP = new Http(Duration.ofSeconds(90));
    private static volatile Duration slowestSummary = Duration.ZERO;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(ServiceUnderTest.jar(ServicePlatform.REPORTING_SERVICE).isPresent(), "reporting-service has no built jar");
        dir = FaultRun.directory("reporting-crash");
        infrastructure = LocalInfrastructure.start(dir);
        try (Admin admin = infrastructure.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        // The service's own session timeout (10 s) decides how soon a killed member's partitions move on.
        reporting = ServiceUnderTest.of(ServicePlatform.REPORTING_SERVICE, "reporting", infrastructure.bootstrapServers(),
                infrastructure.mongoUri(), dir, Map.of(), List.of());
    }

    @AfterAll
    static void stop() {
        if (reporting != null) {
            reporting.kill();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    @Order(1)
    void aPoisonRecordInTheMiddleOfABatchGoesToTheDeadLetterTopicAndTheRecordsAroundItAreFolded() throws Exception {
        // Written while the service is down, so that it reads them in one poll: healthy, poison, healthy, on one partition.
        ComplaintLoad.Event broken = ComplaintLoad.received(POISON_DISTRICT, poisonKey(), "MAYOR_HOTLINE", "NOISE")
                .withData("{\"complaintId\": truncated".getBytes(StandardCharsets.UTF_8));
        List<ComplaintLoad.Event> before = samePartition(broken.subject(), "poison-before-", 20);
        List<ComplaintLoad.Event> after = samePartition(broken.subject(), "poison-after-", 20);
        try (Producer<String, byte[]> producer = ComplaintLoad.producer(infrastructure.bootstrapServers())) {
            for (ComplaintLoad.Event event : before) {
                producer.send(event.record("poison-test"));
            }
            producer.send(broken.record("poison-test"));
            for (ComplaintLoad.Event event : after) {
                producer.send(event.record("poison-test"));
            }
            producer.flush();
        }
        reporting.start();
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        await("the poison on the dead-letter topic").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    dead.clear();
                    dead.addAll(Topics.readAll(infrastructure.bootstrapServers(), "estatewatch.reporting-service.dlq"));
                    assertThat(dead).extracting(ConsumerRecord::key).contains(broken.subject());
                });
        try (Admin admin = infrastructure.admin()) {
            await("the reporting-service to pass the poison").atMost(BOUND).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> ConsumerGroups.lag(admin, "reporting-service", TOPIC) == 0);
        }
        long counted = summary("from=2021-12-01&to=2022-12-31&district=" + POISON_DISTRICT)
                .path("complaints").path("total").asLong();
        FaultRun.figure("reporting-poison", "20 complaints, an unreadable record and 20 complaints on partition "
                + partition(broken.subject()) + ", read in one poll: dead letters " + dead.stream()
                .map(ConsumerRecord::key).toList() + ", " + counted + " of 40 complaints counted");
        assertThat(dead).extracting(ConsumerRecord::key).as("only the poison is dead-lettered")
                .containsExactly(broken.subject());
        assertThat(dead).extracting(ConsumerRecord::partition).as("the one partition of the dead-letter topic")
                .containsExactly(0);
        assertThat(counted).as("the complaints before and after the poison are all counted").isEqualTo(40);
    }

    /** About a second and a half per slice of 300 complaints. */
    private static final int SLICE_EVENTS_PER_SECOND = 700;

    @Test
    @Order(2)
    void theSummaryEqualsTheGroundTruthAfterThreeKillsMidBatchAndABrokerRestart() throws Exception {
        long seed = Long.getLong("estatewatch.faults.seed", System.nanoTime());
        ComplaintLoad load = ComplaintLoad.generate(seed, COMPLAINTS, DISTRICT, "report-load-");
        if (!reporting.process().alive()) {
            reporting.start();
        }

        List<String> faults = new ArrayList<>();
        try (Producer<String, byte[]> producer = ComplaintLoad.producer(infrastructure.bootstrapServers())) {
            // The load in four slices, each sent at a pace the fold can follow but not outrun (so that records are
            // always arriving); a fault strikes as soon as the service is folding the slice, with most of it still
            // ahead: kills, then the broker, then a last kill.
            int slice = COMPLAINTS / 4;
            String[] strikes = {"kill", "kill", "broker", "kill"};
            for (int s = 0; s < 4; s++) {
                int from = s * slice;
                // An admin client per slice: one created before the broker's restart may not find it again in time.
                try (Admin admin = infrastructure.admin()) {
                    CompletableFuture<Void> sending = CompletableFuture.runAsync(
                            () -> load.send(producer, SLICE_EVENTS_PER_SECOND, 50, 0.03, seed, from, from + slice));
                    long target = from + slice / 10;
                    // Mid-batch: the fold has begun on this slice and records are fetched but not yet committed.
                    await("the summary to count " + target + " complaints with records still to commit").atMost(BOUND)
                            .pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                            .until(() -> !reporting.process().alive() || total() >= target
                                    && (ConsumerGroups.lag(admin, "reporting-service", TOPIC) > 0 || sending.isDone()));
                    assertThat(reporting.process().alive()).as("reporting-service runs:\n%s", reporting.process().tail(40))
                            .isTrue();
                    long at = total();
                    long lag = ConsumerGroups.lag(admin, "reporting-service", TOPIC);
                    if (strikes[s].equals("broker")) {
                        infrastructure.killBroker();
                        infrastructure.startBroker();
                        faults.add("broker SIGKILL+restart at " + at + " complaints (lag " + lag + ")");
                    } else {
                        reporting.kill();
                        faults.add("reporting-service SIGKILL at " + at + " complaints (lag " + lag + ")");
                        reporting.start();
                    }
                    sending.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                }
            }
        }
        long expected = load.complaints();
        await("the summary to count every complaint").atMost(BOUND).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(total()).isEqualTo(expected));
        try (Admin admin = infrastructure.admin()) {
            await("the reporting-service to catch up").atMost(BOUND).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> ConsumerGroups.lag(admin, "reporting-service", TOPIC) == 0);
        }

        JsonNode summary = summary();
        JsonNode complaints = summary.path("complaints");
        Map<String, Long> channels = nonZero(complaints.path("byChannel"));
        Map<String, Long> categories = nonZero(complaints.path("byCategory"));
        assertThat(complaints.path("total").asLong()).isEqualTo(expected);
        assertThat(channels).isEqualTo(load.channelCounts());
        assertThat(categories).isEqualTo(load.categoryCounts());
        assertThat(rate(complaints, "response")).as("response rate").isEqualTo(load.responseRate());
        assertThat(rate(complaints, "resolution")).as("resolution rate").isEqualTo(load.resolutionRate());
        assertThat(rate(complaints, "satisfaction")).as("satisfaction rate").isEqualTo(load.satisfactionRate());

        FaultRun.figure("reporting-crash", "seed " + seed + ", " + load.describe() + "; " + faults
                + "; summary total " + expected + ", byChannel, byCategory and the rates ("
                + rate(complaints, "response") + ", " + rate(complaints, "resolution") + ", "
                + rate(complaints, "satisfaction") + ") equal the ground truth; slowest summary answer "
                + slowestSummary.toMillis() + " ms");

        // A full replay: a rebuild from offset 0 into a new generation answers the same summary.
        JsonNode before = withoutAsOf(summary);
        JsonNode status = Rebuilds.run(HTTP, reporting);
        assertThat(withoutAsOf(summary())).as("the summary after a full rebuild").isEqualTo(before);
        FaultRun.figure("reporting-crash", "rebuild of " + status.path("eventsTotal").asLong() + " events from offset 0 at "
                + Math.round(status.path("eventsPerSecond").asDouble()) + " events/s: summary unchanged");
    }

    /**
     * The poison's key, on partition 2: the dead-letter topic has one partition (here as in deploy/k8s), so a dead
     * letter from any partition but 0 reaches it only because the binding sends every dead letter to partition 0.
     */
    private static String poisonKey() {
        for (int i = 0; ; i++) {
            if (partition("report-poison-" + i) == 2) {
                return "report-poison-" + i;
            }
        }
    }

    /** {@code count} healthy ComplaintReceived whose keys land on the partition of {@code key} (3 partitions). */
    private static List<ComplaintLoad.Event> samePartition(String key, String prefix, int count) {
        int partition = partition(key);
        List<ComplaintLoad.Event> events = new ArrayList<>();
        for (int i = 0; events.size() < count; i++) {
            if (partition(prefix + i) == partition) {
                events.add(ComplaintLoad.received(POISON_DISTRICT, prefix + i, "MAYOR_HOTLINE", "PARKING"));
            }
        }
        return events;
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3;
    }

    private static long total() {
        return summary().path("complaints").path("total").asLong();
    }

    private static JsonNode summary() {
        return summary(PERIOD);
    }

    private static JsonNode summary(String query) {
        Http.Answer answer = HTTP.get(reporting.uri("/api/v1/reports/summary?" + query), admin());
        if (answer.took().compareTo(slowestSummary) > 0) {
            slowestSummary = answer.took();
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("summary answered " + answer.status() + ": " + answer.body());
        }
        return ServicePlatform.JSON.readTree(answer.body());
    }

    private static Map<String, String> admin() {
        return Http.bearer(ServiceUnderTest.token(Caller.districtAdmin("admin-faults")));
    }

    private static Map<String, Long> nonZero(JsonNode counts) {
        Map<String, Long> found = new TreeMap<>();
        counts.properties().forEach(e -> {
            if (e.getValue().asLong() != 0) {
                found.put(e.getKey(), e.getValue().asLong());
            }
        });
        return found;
    }

    private static Double rate(JsonNode complaints, String name) {
        JsonNode rate = complaints.path("rates").path(name);
        return rate.isNull() || rate.isMissingNode() ? null : rate.asDouble();
    }

    private static JsonNode withoutAsOf(JsonNode summary) {
        ObjectNode copy = (ObjectNode) summary.deepCopy();
        copy.remove("asOf");
        return copy;
    }
}
