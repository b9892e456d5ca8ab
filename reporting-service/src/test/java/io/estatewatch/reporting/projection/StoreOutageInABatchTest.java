package io.estatewatch.reporting.projection;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.estatewatch.events.Topic;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintUrged;
import io.estatewatch.reporting.support.EventFeed;
import io.estatewatch.reporting.support.Published;
import io.estatewatch.servicekit.consume.DeadLetters;
import io.estatewatch.testkit.RestartableMongo;
import io.estatewatch.testkit.TestInfrastructure;
import io.estatewatch.testkit.UsesRestartableMongo;
import io.estatewatch.testkit.UsesTestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.integration.handler.LoggingHandler;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The batch consumer while its store is away, on the embedded broker: polls of healthy complaint events, with an
 * unreadable record among them, fail as a whole and are delivered again, whole, however many tries it takes; nothing
 * reaches the dead-letter topic and nothing is committed meanwhile. When the store is back every complaint and every
 * urge is folded exactly once, and the unreadable record alone is dead-lettered, after one try.
 */
@SpringBootTest(properties = {
        "estatewatch.reporting.lag-refresh=1h", "estatewatch.reporting.rates-refresh=1h",
        // A new group starts at the topics' ends: the events other tests of this JVM published are not this test's.
        "spring.cloud.stream.kafka.bindings.reportingEvents-in-0.consumer.start-offset=latest",
        "estatewatch.store.server-selection-timeout=500ms",
        "estatewatch.consume.outage-retry-initial=200ms", "estatewatch.consume.outage-retry-max=1s"})
@UsesTestInfrastructure
@UsesRestartableMongo
@DirtiesContext
class StoreOutageInABatchTest {

    private static final String GROUP = "reporting-outage-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = Topic.COMPLAINT.topicName();
    private static final String DISTRICT = "district-outage-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** More tries than the binding's max-attempts (3): before, the whole poll went to the dead-letter topic then. */
    private static final int TRIES_WHILE_AWAY = 5;
    private static final String WAITS = " waits for the store, attempt";

    @Autowired
    RestartableMongo store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProjectionPointer pointer;
    @Autowired
    EventFeed feed;

    private final ListAppender<ILoggingEvent> tries = new ListAppender<>();
    private final ListAppender<ILoggingEvent> integrationErrors = new ListAppender<>();

    @BeforeEach
    void listen() {
        tries.start();
        integrationErrors.start();
        ((Logger) LoggerFactory.getLogger(DeadLetters.class)).addAppender(tries);
        ((Logger) LoggerFactory.getLogger(LoggingHandler.class)).addAppender(integrationErrors);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(DeadLetters.class)).detachAppender(tries);
        ((Logger) LoggerFactory.getLogger(LoggingHandler.class)).detachAppender(integrationErrors);
        store.bringBack();
    }

    @Test
    void aPollWaitsWholeForTheStoreAndIsFoldedOnceWhenItIsBackWhileItsPoisonIsStillDeadLettered() throws Exception {
        awaitAssigned();
        List<String> complaints = new ArrayList<>();
        complaints(1, "before", complaints);
        feed.awaitFolded();
        assertThat(urgesPerComplaint()).containsOnlyKeys(complaints);

        store.takeAway();
        List<RecordMetadata> sent = new ArrayList<>(complaints(5, "a", complaints));
        // Behind healthy records of its partition, so that it cannot be the first record of a poll.
        String unreadableKey = "cmp-unreadable-" + DISTRICT;
        RecordMetadata unreadable = feed.publishRaw(unreadable(unreadableKey));
        sent.add(unreadable);
        sent.addAll(complaints(5, "b", complaints));
        Map<TopicPartition, Long> firstWhileAway = new HashMap<>();
        sent.forEach(record -> firstWhileAway.merge(new TopicPartition(record.topic(), record.partition()),
                record.offset(), Math::min));

        await().atMost(BOUND).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(deadLettersOfThisRun()).extracting(ConsumerRecord::key)
                    .as("dead letters while the store is away").isEmpty();
            return mostTriesWhileAway() >= TRIES_WHILE_AWAY;
        });
        assertThat(committed()).as("offsets committed while the store is away").allSatisfy((partition, offset) ->
                assertThat(offset).as(partition.toString()).isLessThanOrEqualTo(
                        firstWhileAway.getOrDefault(partition, Long.MAX_VALUE)));
        assertThat(List.copyOf(integrationErrors.list)).as("stack traces of the tries, besides their one-line WARN")
                .isEmpty();

        store.bringBack();
        feed.awaitFolded();

        assertThat(urgesPerComplaint()).as("urges folded per complaint")
                .isEqualTo(complaints.stream().collect(Collectors.toMap(id -> id, id -> 1)));
        assertThat(deadLettersOfThisRun()).extracting(ConsumerRecord::key).containsExactly(unreadableKey);
        String failed = unreadable.topic() + "-" + unreadable.partition() + "@" + unreadable.offset() + " failed";
        assertThat(List.copyOf(tries.list)).filteredOn(e -> e.getFormattedMessage().contains(failed))
                .as("tries of the unreadable record").hasSize(1);
    }

    /** {@code count} complaints, each received and then urged: two records apiece, on whichever partition. */
    private List<RecordMetadata> complaints(int count, String group, List<String> ids) {
        List<RecordMetadata> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "cmp-" + group + "-" + i + "-" + DISTRICT;
            Instant received = Instant.parse("2013-03-01T02:00:00Z").plusSeconds(3600L * ids.size());
            sent.add(feed.publishRaw(feed.record(new Published(new ComplaintReceived(DISTRICT, id, "N-" + id,
                    Channel.MAYOR_HOTLINE, "x", ComplaintCategory.NOISE, "est-none", "南门街道", null, null, null,
                    null, null, received), 1), UUID.randomUUID().toString())));
            sent.add(feed.publishRaw(feed.record(new Published(new ComplaintUrged(DISTRICT, id, "citizen",
                    received.plusSeconds(600)), 2), UUID.randomUUID().toString())));
            ids.add(id);
        }
        return sent;
    }

    private static ProducerRecord<String, byte[]> unreadable(String key) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key,
                "{\"complaintId\": truncated".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                .add("ce_type", "estatewatch.complaint.received.v1".getBytes(StandardCharsets.UTF_8))
                .add("ce_subject", key.getBytes(StandardCharsets.UTF_8))
                .add("ce_sequence", "1".getBytes(StandardCharsets.UTF_8))
                .add("ce_time", "2013-05-01T00:00:00Z".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** The number of urges each complaint row of this test's district holds. */
    private Map<String, Integer> urgesPerComplaint() {
        return mongo.find(Query.query(Criteria.where("districtId").is(DISTRICT)), Document.class,
                        Projection.COMPLAINTS.collection(pointer.current())).stream()
                .collect(Collectors.toMap(row -> row.getString("_id"),
                        row -> row.getList("urges", Object.class, List.of()).size()));
    }

    /** The most tries any one record was logged with while the store was away. */
    private long mostTriesWhileAway() {
        return List.copyOf(tries.list).stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains(WAITS))
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(WAITS)), Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The group starts at the ends, so its first assignment commits them: then what is published is read. */
    private static void awaitAssigned() {
        List<TopicPartition> partitions = IntStream.range(0, 3).mapToObj(p -> new TopicPartition(TOPIC, p)).toList();
        await().atMost(BOUND).until(() -> committed().keySet().containsAll(partitions));
    }

    private static Map<TopicPartition, Long> committed() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return committed.entrySet().stream().filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettersOfThisRun() {
        return PoisonInABatchTest.deadLetters().stream()
                .filter(record -> record.key() != null && record.key().contains(DISTRICT)).toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class AGroupOfItsOwn {

        /** A consumer group of this context's own: the shared reporting context reads the same topics. */
        @Bean
        DynamicPropertyRegistrar outageTestGroup() {
            return registry -> registry.add("spring.cloud.stream.bindings.reportingEvents-in-0.group", () -> GROUP);
        }

        @Bean(destroyMethod = "close")
        EventFeed eventFeed(JsonMapper json) {
            return new EventFeed(json, GROUP);
        }
    }
}
