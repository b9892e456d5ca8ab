package io.estatewatch.servicekit.outbox;

import io.estatewatch.events.register.PropertyCompanyRegistered;
import io.estatewatch.servicekit.outbox.SpineApplication.Company;
import io.estatewatch.testkit.TestInfrastructure;
import io.estatewatch.testkit.UsesTestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's spine on the real broker and the real Mongo wire protocol: an aggregate written with a pending
 * event, the relay publishing it, a consumer folding it; then redelivery, replay, re-publication and a poison record.
 */
@SpringBootTest
@UsesTestInfrastructure
@ActiveProfiles("spine")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpineEndToEndTest {

    private static final String TOPIC = "estatewatch.register.events";
    private static final String DLQ = "estatewatch.register.events.spine-test.dlq";
    private static final String BINDING = "countCompanies-in-0";
    private static final String DISTRICT = "spine-" + UUID.randomUUID();
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventOutbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    BindingsLifecycleController bindings;

    @Test
    @Order(1)
    void aSavedAggregatesEventIsPublishedAndFoldedOnce() {
        register("Green Valley Property");

        await().atMost(BOUND).until(() -> companies() == 1);
        await().atMost(BOUND).until(() -> mongo.findAll(Document.class, "companies").stream()
                .allMatch(doc -> doc.getList("outbox", Object.class).isEmpty()));
    }

    @Test
    @Order(2)
    void thePublishedRecordIsACloudEventInBinaryMode() {
        String id = register("Riverside Services");
        await().atMost(BOUND).until(() -> companies() == 2);

        ConsumerRecord<String, byte[]> record = recordsOf(id).get(0);
        Map<String, String> headers = headers(record);
        assertThat(headers).containsKeys("ce_id", "ce_time")
                .containsEntry("ce_type", "estatewatch.register.company.registered.v1")
                .containsEntry("ce_source", "spine-test")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_sequence", "1")
                .containsEntry("content-type", "application/json");
        assertThat(record.key()).isEqualTo(id);
        assertThat(Instant.parse(headers.get("ce_time"))).isEqualTo(
                Instant.parse("2022-01-03T01:00:00Z"));
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"companyId\":\"" + id + "\"");
    }

    @Test
    @Order(3)
    void aRepublicationAfterACrashBeforeTheMarkChangesNothing() {
        String id = UUID.randomUUID().toString();
        Company company = new Company(id, "Harbour Lights");
        outbox.stage(company, registered(id, "Harbour Lights"));
        // Written around Spring Data, so only a scan finds it: as after a restart.
        Document raw = new Document();
        mongo.getConverter().write(company, raw);
        mongo.getCollection("companies").insertOne(raw);

        assertThat(relay.publishWithoutMarking()).isEqualTo(1);
        await().atMost(BOUND).until(() -> companies() == 3);
        assertThat(relay.relayAll()).isEqualTo(1);

        await().atMost(BOUND).until(() -> recordsOf(id).size() == 2);
        List<ConsumerRecord<String, byte[]>> twins = recordsOf(id);
        assertThat(headers(twins.get(0)).get("ce_id")).isEqualTo(headers(twins.get(1)).get("ce_id"));
        awaitNoLag();
        assertThat(companies()).isEqualTo(3);
    }

    @Test
    @Order(4)
    void aRewoundConsumerFoldsNothingTwice() throws Exception {
        bindings.changeState(BINDING, State.STOPPED);
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> zero = admin.listConsumerGroupOffsets("spine-test")
                    .partitionsToOffsetAndMetadata().get().keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> new OffsetAndMetadata(0)));
            await().atMost(BOUND).ignoreExceptions().until(() -> {
                admin.alterConsumerGroupOffsets("spine-test", zero).all().get();
                return true;
            });
        }
        bindings.changeState(BINDING, State.STARTED);
        register("Sunrise Estates");

        await().atMost(BOUND).until(() -> companies() == 4);
        awaitNoLag();
        assertThat(companies()).isEqualTo(4);
    }

    /**
     * The topics as deploy/k8s declares them, before the binder could create them otherwise: the source with several
     * partitions, its dead-letter topic with one, so that a source partition other than 0 has no twin there.
     */
    @BeforeAll
    static void severalSourcePartitionsAndOneDeadLetterPartition() throws Exception {
        try (Admin admin = admin()) {
            for (NewTopic topic : List.of(new NewTopic(TOPIC, 3, (short) 1), new NewTopic(DLQ, 1, (short) 1))) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException exists) {
                    if (!(exists.getCause() instanceof TopicExistsException)) {
                        throw exists;
                    }
                }
            }
        }
    }

    @Test
    @Order(5)
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndTheRestFlows() throws Exception {
        try (Admin admin = admin()) {
            assertThat(partitions(admin, TOPIC)).as("partitions of " + TOPIC).isEqualTo(3);
            assertThat(partitions(admin, DLQ)).as("partitions of " + DLQ).isEqualTo(1);
        }
        // On partition 2, followed there by a healthy event.
        String poisonKey = onPartition2("poison-" + UUID.randomUUID() + "-");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(TOPIC, poisonKey,
                    "{\"companyId\": truncated".getBytes(StandardCharsets.UTF_8));
            header(poison, "ce_id", UUID.randomUUID().toString());
            header(poison, "ce_specversion", "1.0");
            header(poison, "ce_source", "a-broken-producer");
            header(poison, "ce_type", "estatewatch.register.company.registered.v1");
            header(poison, "ce_subject", poisonKey);
            header(poison, "ce_sequence", "1");
            header(poison, "ce_time", "2022-01-03T01:00:00Z");
            assertThat(producer.send(poison).get().partition()).isEqualTo(2);
        }
        register(onPartition2(UUID.randomUUID() + "-"), "After The Poison");

        await().atMost(BOUND).until(() -> companies() == 5);
        try (KafkaConsumer<String, byte[]> consumer = TestInfrastructure.get().rawConsumer("dlq")) {
            consumer.subscribe(List.of(DLQ));
            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            await().atMost(BOUND).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                return dead.stream().anyMatch(r -> poisonKey.equals(r.key()));
            });
            ConsumerRecord<String, byte[]> record = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst()
                    .orElseThrow();
            assertThat(headers(record).get("x-exception-message")).contains("unreadable data");
            assertThat(record.partition()).as("the dead letter's partition").isZero();
        }
    }

    @Test
    @Order(6)
    void aStaleSaveThatBringsBackPublishedEventsDoesNotPublishThemAgain() {
        String id = UUID.randomUUID().toString();
        Company company = new Company(id, "Stale Copy Services");
        outbox.stage(company, registered(id, "Stale Copy Services"));
        Company staleCopy = new Company(id, "Stale Copy Services");
        staleCopy.setOutbox(new ArrayList<>(company.getOutbox()));
        staleCopy.setEventSequence(company.getEventSequence());
        mongo.save(company);
        await().atMost(BOUND).until(() -> companies() == 6);
        await().atMost(BOUND).until(() -> outboxOf(id).isEmpty());

        mongo.save(staleCopy);
        await().atMost(BOUND).until(() -> outboxOf(id).isEmpty());

        awaitNoLag();
        assertThat(recordsOf(id)).hasSize(1);
        assertThat(companies()).isEqualTo(6);
    }

    private List<?> outboxOf(String id) {
        return mongo.findById(id, Document.class, "companies").getList("outbox", Object.class);
    }

    private String register(String name) {
        return register(UUID.randomUUID().toString(), name);
    }

    private String register(String id, String name) {
        Company company = new Company(id, name);
        outbox.stage(company, registered(id, name));
        mongo.save(company);
        return id;
    }

    private static PropertyCompanyRegistered registered(String id, String name) {
        return new PropertyCompanyRegistered(DISTRICT, id, name, "91330100MA27XXXX0X",
                Instant.parse("2022-01-03T01:00:00Z"));
    }

    private long companies() {
        Document counter = mongo.findById(DISTRICT, Document.class, SpineApplication.COUNTERS);
        return counter == null ? 0 : ((Number) counter.get("companies")).longValue();
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(String key) {
        return readAll(TOPIC, r -> key.equals(r.key()));
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, Predicate<ConsumerRecord<String, byte[]>> which) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TestInfrastructure.get().rawConsumer("raw")) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(BOUND).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (which.test(r)) {
                        found.add(r);
                    }
                });
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return found;
    }

    private void awaitNoLag() {
        try (Admin admin = admin()) {
            await().atMost(BOUND).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("spine-test")
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                return !committed.isEmpty() && committed.entrySet().stream()
                        .allMatch(e -> e.getValue().offset() >= ends.get(e.getKey()).offset());
            });
        }
    }

    /** The first key from {@code prefix} that the producer's default partitioner puts on partition 2 of 3. */
    private static String onPartition2(String prefix) {
        for (int i = 0; ; i++) {
            String key = prefix + i;
            if (Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3 == 2) {
                return key;
            }
        }
    }

    private static int partitions(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().size();
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()));
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        return java.util.stream.StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8), (a, b) -> b));
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
