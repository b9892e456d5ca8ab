package io.estatewatch.reporting.projection;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.estatewatch.events.Topic;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintResponded;
import io.estatewatch.events.complaint.ComplaintUrged;
import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.EventFeed;
import io.estatewatch.reporting.support.Published;
import io.estatewatch.reporting.support.ReportingServiceTest;
import io.estatewatch.servicekit.consume.DeadLetters;
import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll with poison in it, on the real broker: an unreadable record and a record whose fold always fails, among
 * healthy complaint events, all on one partition other than 0 and read in one poll (written while the binding is
 * stopped). Only the two poison records reach the one-partition dead-letter topic, each with its reason; the
 * unreadable one after one attempt, the other after three; every healthy event around them is folded exactly once.
 */
@ReportingServiceTest
class PoisonInABatchTest {

    private static final String BINDING = "reportingEvents-in-0";
    private static final String TOPIC = Topic.COMPLAINT.topicName();
    private static final String DISTRICT = "district-poison-batch";
    private static final String PERIOD = "from=2014-01-01&to=2014-12-31&district=" + DISTRICT;
    /** Not partition 0: the dead-letter topic has one partition, and a dead letter must still reach it. */
    private static final int PARTITION = 2;

    @Autowired
    EventFeed feed;

    @Autowired
    Api api;

    @Autowired
    BindingsLifecycleController bindings;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ProjectionPointer pointer;

    @Test
    void onlyThePoisonRecordsOfAPollAreDeadLetteredAndEveryHealthyEventAroundThemIsFoldedOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            assertThat(partitions(admin, TOPIC)).as("partitions of " + TOPIC).isEqualTo(3);
            assertThat(partitions(admin, FoldTest.DLQ)).as("partitions of the dead-letter topic").isEqualTo(1);
        }
        // A row the store refuses the next event's write to (a list that is not a list): that fold always fails.
        String corrupt = keyOn("cmp-corrupt-" + run + "-");
        mongo.getCollection(Projection.COMPLAINTS.collection(pointer.current())).insertOne(new Document("_id", corrupt)
                .append("districtId", "district-corrupt").append("responses", "not a list"));

        ListAppender<ILoggingEvent> attempts = new ListAppender<>();
        Logger log = (Logger) LoggerFactory.getLogger(DeadLetters.class);
        attempts.start();
        log.addAppender(attempts);
        List<String> healthy = new ArrayList<>();
        RecordMetadata unreadable;
        RecordMetadata failing;
        String unreadableKey = keyOn("cmp-unreadable-" + run + "-");
        feed.awaitFolded();
        bindings.changeState(BINDING, State.STOPPED);
        try {
            complaints("a", run, 10, healthy);
            unreadable = feed.publishRaw(unreadable(unreadableKey, "unreadable-" + run));
            complaints("b", run, 5, healthy);
            failing = feed.publishRaw(feed.record(new Published(new ComplaintResponded("district-corrupt", corrupt,
                    "a", Instant.parse("2014-06-01T02:00:00Z")), 2), "failing-" + run));
            complaints("c", run, 5, healthy);
        } finally {
            bindings.changeState(BINDING, State.STARTED);
        }
        assertThat(unreadable.partition()).isEqualTo(PARTITION);
        assertThat(failing.partition()).isEqualTo(PARTITION);

        feed.awaitFolded();
        log.detachAppender(attempts);

        List<ConsumerRecord<String, byte[]>> dead = deadLetters().stream()
                .filter(r -> r.key() != null && r.key().contains(run)).toList();
        assertThat(dead).extracting(ConsumerRecord::key).as("dead letters of this run")
                .containsExactlyInAnyOrder(unreadableKey, corrupt);
        assertThat(dead).allSatisfy(record -> {
            assertThat(record.partition()).isZero();
            assertThat(ByteBuffer.wrap(record.headers().lastHeader("x-original-partition").value()).getInt())
                    .isEqualTo(PARTITION);
        });
        assertThat(header(dead, unreadableKey, "x-exception-message")).contains("unreadable-" + run);
        assertThat(header(dead, unreadableKey, "x-exception-fqcn"))
                .isEqualTo("io.estatewatch.servicekit.consume.UnreadableEventException");
        assertThat(header(dead, corrupt, "x-exception-message")).contains("failing-" + run, "cannot be folded");
        assertThat(attemptsAt(attempts, unreadable)).as("attempts of the unreadable record").isEqualTo(1);
        assertThat(attemptsAt(attempts, failing)).as("attempts of the record whose fold fails").isEqualTo(3);

        var totals = api.get(Api.OFFICER, "/api/v1/reports/complaints?granularity=period&" + PERIOD).json()
                .at("/groups/0");
        assertThat(totals.at("/received").asLong()).as("complaints counted").isEqualTo(healthy.size());
        assertThat(totals.at("/urged").asLong()).as("urges counted, each once").isEqualTo(healthy.size());
        assertThat(healthy).hasSize(20);
    }

    /** {@code count} complaints on the test's partition, each received and then urged: two records apiece. */
    private void complaints(String group, String run, int count, List<String> ids) {
        for (int i = 0; i < count; i++) {
            String id = keyOn("cmp-" + group + "-" + run + "-" + i + "-");
            Instant received = Instant.parse("2014-03-01T02:00:00Z").plusSeconds(3600L * ids.size());
            RecordMetadata first = feed.publishRaw(feed.record(new Published(new ComplaintReceived(DISTRICT, id,
                    "N-" + id, Channel.MAYOR_HOTLINE, "x", ComplaintCategory.NOISE, "est-none", "南门街道", null,
                    null, null, null, null, received), 1), UUID.randomUUID().toString()));
            RecordMetadata second = feed.publishRaw(feed.record(new Published(new ComplaintUrged(DISTRICT, id,
                    "citizen", received.plusSeconds(600)), 2), UUID.randomUUID().toString()));
            assertThat(List.of(first.partition(), second.partition())).containsOnly(PARTITION);
            ids.add(id);
        }
    }

    private static ProducerRecord<String, byte[]> unreadable(String key, String ceId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key,
                "{\"complaintId\": truncated".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8))
                .add("ce_type", "estatewatch.complaint.received.v1".getBytes(StandardCharsets.UTF_8))
                .add("ce_subject", key.getBytes(StandardCharsets.UTF_8))
                .add("ce_sequence", "1".getBytes(StandardCharsets.UTF_8))
                .add("ce_time", "2014-05-01T00:00:00Z".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** The first key from {@code prefix} that the producer's default partitioner puts on {@link #PARTITION} of 3. */
    private static String keyOn(String prefix) {
        for (int i = 0; ; i++) {
            String key = prefix + i;
            if (Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3 == PARTITION) {
                return key;
            }
        }
    }

    private static int partitions(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().size();
    }

    /** Every record on the dead-letter topic, read to its end. */
    static List<ConsumerRecord<String, byte[]>> deadLetters() {
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = TestInfrastructure.get().rawConsumer("dlq-reader")) {
            List<TopicPartition> partitions = consumer.partitionsFor(FoldTest.DLQ, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
            });
        }
        return dead;
    }

    private static String header(List<ConsumerRecord<String, byte[]>> records, String key, String name) {
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow();
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static long attemptsAt(ListAppender<ILoggingEvent> log, RecordMetadata record) {
        String at = record.topic() + "-" + record.partition() + "@" + record.offset() + " failed, attempt";
        return log.list.stream().filter(e -> e.getFormattedMessage().contains(at)).count();
    }
}
