package io.estatewatch.benchmarks.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.estatewatch.benchmarks.rig.Http;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.Topics;
import io.estatewatch.servicekit.error.Causes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The complaint-service and the reporting-service, from their jars, under faults a hotline system and an operator
 * cause: the same push ten times at once, a full replay of the projections, the store going away, and a look for
 * clear-text phone numbers everywhere after it all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceFaultsTest {

    private static final String TOPIC = "estatewatch.complaint.events";
    private static final String RECEIVED = "estatewatch.complaint.received.v1";
    private static final Duration BOUND = Duration.ofSeconds(120);
    /**
     * A mainland mobile number standing alone, with or without +86: not inside a longer run of digits (an epoch in
     * milliseconds) nor of letters and digits (a hex digest, where 1[3-9]\d{9} turns up by chance in about one
     * SHA-256 in fifty).
     */
    static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86)?1[3-9]\\d{9}(?![0-9A-Za-z])");

    private static ServicePlatform platform;
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36);
    /** Every phone number pushed by these tests, so the scan looks for each exactly. */
    private static final Set<String> PHONES = new HashSet<>();
    private static final Random RANDOM = new Random();
    /** Pushes whose connection closed before any answer, and that were pushed again. */
    private static final AtomicInteger UNANSWERED = new AtomicInteger();

    @BeforeAll
    static void services() {
        platform = ServicePlatform.get();
    }

    @Test
    @Order(1)
    void tenIdenticalPushesAtOnceMakeOneComplaintAndAFullReplayChangesNoNumber() throws Exception {
        int complaints = 30;
        String period = "2022-03-01";
        long totalBefore = platform.reporting.isPresent() ? total(period) : 0;
        long receivedBefore = receivedEvents().size();

        Map<String, String> bodies = new TreeMap<>();
        for (int i = 0; i < complaints; i++) {
            bodies.put("dup-" + RUN + "-" + i, ServicePlatform.push("dup-" + RUN + "-" + i,
                    "2022-03-01T09:%02d:00+08:00".formatted(i % 60), i % 2 == 0 ? "PARKING" : "ELEVATOR", phone()));
        }
        Map<String, List<Http.Answer>> answers = new TreeMap<>();
        for (int round = 0; round < 2; round++) {
            // Each complaint pushed ten times at once; the second round is a hotline system retrying everything.
            List<CompletableFuture<Http.Answer>> pending = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                for (int copy = 0; copy < 10; copy++) {
                    keys.add(body.getKey());
                    pending.add(pushAsync(body.getValue(), 2));
                }
            }
            for (int i = 0; i < pending.size(); i++) {
                answers.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(pending.get(i).get());
            }
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Map.Entry<String, List<Http.Answer>> pushes : answers.entrySet()) {
            Set<String> ids = new HashSet<>();
            for (Http.Answer answer : pushes.getValue()) {
                statuses.merge(answer.status(), 1, Integer::sum);
                assertThat(answer.status()).as("a repeated push: %s", answer.body()).isIn(200, 201);
                ids.add(ServicePlatform.JSON.readTree(answer.body()).path("id").asString());
            }
            assertThat(ids).as("every push of %s answers the same complaint", pushes.getKey()).hasSize(1);
        }
        awaitRelayed();
        Map<String, Long> receivedPerKey = new TreeMap<>();
        for (JsonNode event : receivedEvents()) {
            String externalId = event.path("externalId").asString();
            if (externalId.startsWith("dup-" + RUN + "-")) {
                receivedPerKey.merge(externalId, 1L, Long::sum);
            }
        }
        assertThat(receivedPerKey).hasSize(complaints);
        assertThat(receivedPerKey.values()).as("one ComplaintReceived per complaint").containsOnly(1L);
        assertThat(complaintDocuments("dup-" + RUN + "-")).isEqualTo(complaints);
        String figure = complaints + " complaints pushed 10 times at once, then all again: answers " + statuses
                + (UNANSWERED.get() == 0 ? "" : " (" + UNANSWERED.get() + " connections closed unanswered, pushed again)")
                + "; " + complaints + " complaints stored, " + complaints + " ComplaintReceived (" +
                (receivedEvents().size() - receivedBefore) + " new on the topic)";

        if (platform.reporting.isPresent()) {
            await("the reporting-service to count them").atMost(BOUND).pollInterval(Duration.ofMillis(500))
                    .until(() -> total(period) == totalBefore + complaints);
            JsonNode before = withoutAsOf(platform.summary(period, "2022-03-31"));
            rebuild();
            JsonNode after = withoutAsOf(platform.summary(period, "2022-03-31"));
            assertThat(after).as("a full replay changes no number").isEqualTo(before);
            figure += "; summary total +" + complaints + ", identical after a full rebuild from offset 0";
        }
        FaultRun.figure("duplicate-pushes", figure);
    }

    @Test
    @Order(2)
    void aWriteWhileTheStoreIsAwayIsAQuick503ProblemAndLeavesNothingBehind() throws Exception {
        awaitRelayed();
        String externalId = "outage-" + RUN;
        String body = ServicePlatform.push(externalId, "2022-03-02T10:00:00+08:00", "NOISE", phone());
        long receivedBefore = receivedEvents().size();

        platform.infrastructure.stopStore();
        List<Http.Answer> during = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                during.add(platform.http.postJson(platform.complaints.uri("/api/v1/complaints"),
                        ServicePlatform.hotline(), body));
            }
        } finally {
            platform.infrastructure.startStore();
        }
        for (Http.Answer answer : during) {
            assertThat(answer.status()).as("while the store is away: %s", answer.body()).isEqualTo(503);
            assertThat(answer.problem()).isTrue();
            assertThat(ServicePlatform.JSON.readTree(answer.body()).path("type").asString())
                    .endsWith("/service-unavailable");
            assertThat(answer.header("Retry-After")).isNotNull();
            assertThat(answer.took()).as("answered quickly").isLessThan(Duration.ofSeconds(10));
        }
        await("the complaint-service to be ready again").atMost(BOUND).pollInterval(Duration.ofMillis(250))
                .until(platform.complaints::ready);
        awaitRelayed();
        assertThat(complaintDocuments(externalId)).as("no complaint from the refused push").isZero();
        assertThat(receivedEvents()).as("no event from the refused push").hasSize((int) receivedBefore);

        Http.Answer retried = platform.http.postJson(platform.complaints.uri("/api/v1/complaints"),
                ServicePlatform.hotline(), body);
        assertThat(retried.status()).as("the retry after the store returned: %s", retried.body()).isEqualTo(201);
        awaitRelayed();
        assertThat(complaintDocuments(externalId)).isEqualTo(1);
        assertThat(receivedEvents().stream().filter(e -> externalId.equals(e.path("externalId").asString())))
                .hasSize(1);
        FaultRun.figure("store-outage", "3 pushes while the store was stopped: " + during.stream()
                .map(a -> a.status() + " in " + a.took().toMillis() + " ms").toList()
                + " (problem+json service-unavailable, Retry-After " + during.get(0).header("Retry-After")
                + "); nothing stored or published; the same push after the store returned: 201, one complaint, one event");
    }

    @Test
    @Order(3)
    void noClearTextPhoneNumberInAnyTopicLogOrAggregateAfterALoad() throws Exception {
        int complaints = 60;
        List<CompletableFuture<Http.Answer>> pending = new ArrayList<>();
        for (int i = 0; i < complaints; i++) {
            pending.add(pushAsync(ServicePlatform.push("phone-" + RUN + "-" + i,
                    "2022-03-03T08:%02d:00+08:00".formatted(i % 60), "SANITATION", phone()), 2));
        }
        for (CompletableFuture<Http.Answer> answer : pending) {
            assertThat(answer.get().status()).isEqualTo(201);
        }
        awaitRelayed();
        if (platform.reporting.isPresent()) {
            try (Admin admin = platform.infrastructure.admin()) {
                await("the reporting-service to fold them").atMost(BOUND).pollInterval(Duration.ofMillis(500))
                        .ignoreExceptions().until(() -> ConsumerGroups.lag(admin, "reporting-service", TOPIC) == 0);
            }
        }

        List<String> found = new ArrayList<>();
        long records = 0;
        try (Admin admin = platform.infrastructure.admin()) {
            for (String topic : admin.listTopics().names().get()) {
                for (ConsumerRecord<String, byte[]> record : Topics.readAll(platform.infrastructure.bootstrapServers(), topic)) {
                    records++;
                    StringBuilder text = new StringBuilder(String.valueOf(record.key())).append(' ')
                            .append(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
                    record.headers().forEach(h -> text.append(' ').append(h.key()).append('=')
                            .append(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8)));
                    scan("topic " + topic + "@" + record.partition() + ":" + record.offset(), text.toString(), found);
                }
            }
        }
        long documents = 0;
        try (MongoClient client = LocalInfrastructure.mongoClient(platform.infrastructure.mongoUri())) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        documents++;
                        scan("store " + name + "." + collection + " " + document.get("_id"), document.toJson(), found);
                    }
                }
            }
        }
        long lines = 0;
        try (Stream<Path> logs = Files.list(platform.dir.resolve("logs"))) {
            for (Path log : logs.toList()) {
                List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                for (int i = 0; i < all.size(); i++) {
                    lines++;
                    scan("log " + log.getFileName() + ":" + (i + 1), all.get(i), found);
                }
            }
        }
        assertThat(found).as("clear-text phone numbers").isEmpty();
        FaultRun.figure("phone-scan", PHONES.size() + " distinct mobile numbers pushed; scanned " + records
                + " records on every topic, " + documents + " documents in every database, " + lines
                + " log lines of every process: 0 clear-text numbers (each pushed number, and " + MOBILE + ")");
    }

    private static void scan(String where, String text, List<String> found) {
        Matcher matcher = MOBILE.matcher(text);
        while (matcher.find()) {
            found.add(where + ": " + matcher.group() + (PHONES.contains(matcher.group()) ? " (pushed)" : ""));
        }
        for (String phone : PHONES) {
            if (text.contains(phone)) {
                found.add(where + ": " + phone + " (pushed)");
            }
        }
    }

    /**
     * A hotline push as a hotline system makes it: a connection closed before any answer is pushed again, which the
     * external id makes safe (and which the duplicate test then proves counted once). Hundreds of connections opened
     * at once on two cores now and then meet that; an answer of any status is returned as it is.
     */
    private static CompletableFuture<Http.Answer> pushAsync(String body, int retries) {
        return platform.http.postJsonAsync(platform.complaints.uri("/api/v1/complaints"), ServicePlatform.hotline(), body)
                .exceptionallyCompose(failure -> {
                    if (retries == 0 || !Causes.any(failure, ServiceFaultsTest::unanswered)) {
                        return CompletableFuture.failedFuture(failure);
                    }
                    UNANSWERED.incrementAndGet();
                    return pushAsync(body, retries - 1);
                });
    }

    /** A connection that failed before any answer; a timeout is an answer that did not come, and is not retried. */
    private static boolean unanswered(Throwable failure) {
        return failure instanceof IOException && !(failure instanceof java.net.http.HttpTimeoutException);
    }

    private static synchronized String phone() {
        String phone = "1" + (3 + RANDOM.nextInt(7)) + String.format("%09d", RANDOM.nextInt(1_000_000_000));
        PHONES.add(phone);
        return phone;
    }

    private static long total(String from) {
        return platform.summary(from, "2022-03-31").path("complaints").path("total").asLong();
    }

    private static JsonNode withoutAsOf(JsonNode summary) {
        ObjectNode copy = (ObjectNode) summary.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    private static void rebuild() {
        Rebuilds.run(platform.http, platform.reporting.orElseThrow());
    }

    /** The data of every ComplaintReceived on the topic. */
    private static List<JsonNode> receivedEvents() {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : Topics.readAll(platform.infrastructure.bootstrapServers(), TOPIC)) {
            if (RECEIVED.equals(Topics.headers(record).get("ce_type"))) {
                events.add(ServicePlatform.JSON.readTree(record.value()));
            }
        }
        return events;
    }

    /** Complaints stored with an external id starting with {@code prefix}. */
    private static long complaintDocuments(String prefix) {
        try (MongoClient client = LocalInfrastructure.mongoClient(platform.infrastructure.mongoUri())) {
            return client.getDatabase("complaint").getCollection("complaints")
                    .countDocuments(new Document("externalId", new Document("$regex", "^" + Pattern.quote(prefix))));
        }
    }

    /** Waits until the complaint-service's outbox is empty: everything it stored is on the topic. */
    private static void awaitRelayed() {
        try (MongoClient client = LocalInfrastructure.mongoClient(platform.infrastructure.mongoUri())) {
            await("the outbox to drain").atMost(BOUND).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> client.getDatabase("complaint").getCollection("complaints")
                            .countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
        }
    }
}
