package io.estatewatch.servicekit.consume.outage;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.estatewatch.servicekit.consume.DeadLetters;
import io.estatewatch.testkit.RestartableMongo;
import io.estatewatch.testkit.TestInfrastructure;
import io.estatewatch.testkit.UsesRestartableMongo;
import io.estatewatch.testkit.UsesTestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record-mode consumer (as the complaint, assessment and renovation services consume the register's events) while
 * its store is away, on the embedded broker: healthy events wait and are neither dead-lettered nor committed past
 * however many tries it takes, then are folded once each when the store is back; a record that can never be read,
 * and one whose fold fails for a reason of its own after it waited through the outage, still go to the dead-letter
 * topic after one and three tries.
 */
@SpringBootTest
@UsesTestInfrastructure
@UsesRestartableMongo
@ActiveProfiles("outage")
@DirtiesContext
class StoreOutageTest {

    private static final String TOPIC = "estatewatch.store-outage-test.events";
    private static final String DLQ = TOPIC + ".dlq";
    private static final String GROUP = "store-outage-test";
    private static final String DISTRICT = "outage-" + UUID.randomUUID();
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** More tries than the binding's max-attempts (3): the binder alone would have dead-lettered by then. */
    private static final int TRIES_WHILE_AWAY = 5;
    private static final String WAITS = " waits for the store, attempt";

    @Autowired
    RestartableMongo store;
    @Autowired
    MongoTemplate mongo;

    private final ListAppender<ILoggingEvent> tries = new ListAppender<>();
    private KafkaProducer<String, byte[]> producer;

    /** Three partitions, as deployed, before the binder would create it with one; it creates the DLQ with one. */
    @BeforeAll
    static void topicWithThreePartitions() {
        TestInfrastructure.get().createTopics(TOPIC);
    }

    @BeforeEach
    void listen() {
        tries.start();
        ((Logger) LoggerFactory.getLogger(DeadLetters.class)).addAppender(tries);
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(DeadLetters.class)).detachAppender(tries);
        producer.close(Duration.ofSeconds(5));
        store.bringBack();
    }

    @Test
    void healthyEventsWaitForTheStoreAndAreFoldedOnceWhenItIsBackWhilePoisonIsStillDeadLettered() throws Exception {
        publish(registered(onPartition(0, "before-"), "Before The Outage"));
        await().atMost(BOUND).until(() -> companies() == 1);
        awaitCommittedToTheEnd();

        store.takeAway();
        // First alone, so that it meets the outage before it fails for its own reason; the unreadable one on the same
        // partition cannot be reached before the store is back.
        String unfoldableKey = onPartition(1, "unfoldable-");
        RecordMetadata unfoldable = publish(registered(unfoldableKey, StoreOutageApplication.UNFOLDABLE + " Estates"));
        awaitWhileAway(() -> waits(unfoldable) >= 1);
        String unreadableKey = onPartition(1, "unreadable-");
        RecordMetadata unreadable = publish(unreadable(unreadableKey));
        List<RecordMetadata> healthy = new ArrayList<>();
        for (int partition = 0; partition < 3; partition++) {
            for (int i = 0; i < 2; i++) {
                healthy.add(publish(registered(onPartition(partition, "healthy-" + i + "-"), "Healthy " + i)));
            }
        }
        Map<TopicPartition, Long> firstWhileAway = new HashMap<>();
        for (RecordMetadata sent : Stream.concat(Stream.of(unfoldable, unreadable), healthy.stream()).toList()) {
            firstWhileAway.merge(new TopicPartition(sent.topic(), sent.partition()), sent.offset(), Math::min);
        }

        awaitWhileAway(() -> mostTriesWhileAway() >= TRIES_WHILE_AWAY);
        assertThat(committed()).as("offsets committed while the store is away").allSatisfy((partition, offset) ->
                assertThat(offset).as(partition.toString()).isLessThanOrEqualTo(
                        firstWhileAway.getOrDefault(partition, Long.MAX_VALUE)));

        store.bringBack();
        await().atMost(BOUND).until(() -> companies() == 1 + healthy.size());
        await().atMost(BOUND).until(() -> deadLettersOfThisRun().size() >= 2);
        awaitCommittedToTheEnd();

        assertThat(companies()).as("companies counted, each once").isEqualTo(1 + healthy.size());
        List<ConsumerRecord<String, byte[]>> dead = deadLettersOfThisRun();
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(unfoldableKey, unreadableKey);
        assertThat(header(dead, unreadableKey, "x-exception-message")).contains("unreadable data");
        assertThat(header(dead, unfoldableKey, "x-exception-fqcn")).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(dead, unfoldableKey, "x-exception-message")).contains("cannot be folded");
        assertThat(fails(unfoldable)).as("tries of the unfoldable record's own failure").isEqualTo(3);
        assertThat(fails(unreadable)).as("tries of the unreadable record").isEqualTo(1);
    }

    /** Waits, with a bound, for the condition; fails at once if a record of this run is dead-lettered meanwhile. */
    private static void awaitWhileAway(Callable<Boolean> condition) {
        await().atMost(BOUND).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(deadLettersOfThisRun()).extracting(ConsumerRecord::key)
                    .as("dead letters while the store is away").isEmpty();
            return condition.call();
        });
    }

    private RecordMetadata publish(ProducerRecord<String, byte[]> record) throws Exception {
        return producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private static ProducerRecord<String, byte[]> registered(String companyId, String name) {
        String value = "{\"districtId\":\"" + DISTRICT + "\",\"companyId\":\"" + companyId + "\",\"name\":\"" + name
                + "\",\"creditCode\":\"91330100MA27XXXX0X\",\"occurredAt\":\"2022-01-03T01:00:00Z\"}";
        return cloudEvent(companyId, value);
    }

    private static ProducerRecord<String, byte[]> unreadable(String companyId) {
        return cloudEvent(companyId, "{\"companyId\": truncated");
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String key, String value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key,
                value.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_specversion", "1.0",
                "ce_source", "store-outage-test",
                "ce_type", "estatewatch.register.company.registered.v1",
                "ce_subject", key,
                "ce_sequence", "1",
                "ce_time", Instant.parse("2022-01-03T01:00:00Z").toString(),
                "content-type", "application/json")
                .forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private long companies() {
        Document counter = mongo.findById(DISTRICT, Document.class, StoreOutageApplication.COUNTERS);
        return counter == null ? 0 : ((Number) counter.get("companies")).longValue();
    }

    /** Logged tries of the record while the store was away. */
    private long waits(RecordMetadata record) {
        return logged(record, WAITS);
    }

    /** The most tries any one record was logged with while the store was away. */
    private long mostTriesWhileAway() {
        return List.copyOf(tries.list).stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains(WAITS))
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(WAITS)), Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Logged tries of the record that failed for another reason. */
    private long fails(RecordMetadata record) {
        return logged(record, " failed, attempt");
    }

    private long logged(RecordMetadata record, String what) {
        String line = record.topic() + "-" + record.partition() + "@" + record.offset() + what;
        return List.copyOf(tries.list).stream().filter(e -> e.getFormattedMessage().contains(line)).count();
    }

    private Map<TopicPartition, Long> committed() throws Exception {
        try (Admin admin = admin()) {
            return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .entrySet().stream().filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    private void awaitCommittedToTheEnd() {
        try (Admin admin = admin()) {
            await().atMost(BOUND).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (int partition = 0; partition < 3; partition++) {
                    latest.put(new TopicPartition(TOPIC, partition), OffsetSpec.latest());
                }
                return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(end -> {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    return end.getValue().offset() == 0 || done != null && done.offset() >= end.getValue().offset();
                });
            });
        }
    }

    /** The dead letters of this test's records (their keys name the district's run). */
    private static List<ConsumerRecord<String, byte[]>> deadLettersOfThisRun() {
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TestInfrastructure.get().rawConsumer("outage-dlq")) {
            TopicPartition partition = new TopicPartition(DLQ, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            await().atMost(BOUND).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                return consumer.position(partition) >= end;
            });
        }
        return dead.stream().filter(r -> r.key() != null && r.key().contains(DISTRICT)).toList();
    }

    private static String header(List<ConsumerRecord<String, byte[]>> records, String key, String name) {
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow();
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** The first key of this run from {@code prefix} that the producer's default partitioner puts on the partition. */
    private static String onPartition(int partition, String prefix) {
        for (int i = 0; ; i++) {
            String key = DISTRICT + "-" + prefix + i;
            if (Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3 == partition) {
                return key;
            }
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()));
    }
}
