package io.estatewatch.reporting.support;

import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.EventCatalogue.EventDescriptor;
import io.estatewatch.events.Topic;
import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.security.SecureRandom;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes events to the real topics exactly as the services' outboxes do (CloudEvents in Kafka binary mode, key =
 * aggregate id, {@code ce_sequence} = the aggregate's event number), and waits until the service's consumer group has
 * committed everything published.
 */
public class EventFeed implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JsonMapper json;
    private final String group;
    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;

    public EventFeed(JsonMapper json, String group) {
        this.json = json;
        this.group = group;
        String servers = TestInfrastructure.get().kafkaBootstrapServers();
        TestInfrastructure.get().createTopics(Arrays.stream(Topic.values()).map(Topic::topicName)
                .toArray(String[]::new));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers));
    }

    /** Publishes the events in the given order and waits for the broker's acknowledgements. */
    public void publish(List<Published> events) {
        List<Future<?>> sent = new ArrayList<>(events.size());
        for (Published published : events) {
            sent.add(producer.send(record(published, eventId())));
        }
        producer.flush();
        for (Future<?> future : sent) {
            try {
                future.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not publish", e);
            }
        }
    }

    public void publish(Published... events) {
        publish(List.of(events));
    }

    /** Publishes a record as given (e.g. one that cannot be read); answers where it was written. */
    public RecordMetadata publishRaw(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish", e);
        }
    }

    /**
     * An event id as the outbox makes them: 128 random bits in base32, so that no id holds a run of digits that looks
     * like a phone number.
     */
    static String eventId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String base32 = "abcdefghijklmnopqrstuvwxyz234567";
        StringBuilder id = new StringBuilder(26);
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                id.append(base32.charAt((buffer >> (held - 5)) & 31));
                held -= 5;
            }
        }
        return id.append(base32.charAt((buffer << (5 - held)) & 31)).toString();
    }

    public ProducerRecord<String, byte[]> record(Published published, String ceId) {
        EventDescriptor contract = EventCatalogue.forEvent(published.event());
        String key = published.event().aggregateId();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(contract.topic().topicName(), key,
                json.writeValueAsBytes(published.event()));
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", ceId);
        headers.put("ce_specversion", "1.0");
        headers.put("ce_type", contract.type());
        headers.put("ce_source", source(contract.topic()));
        headers.put("ce_subject", key);
        headers.put("ce_time", published.event().occurredAt().toString());
        headers.put("ce_sequence", Long.toString(published.sequence()));
        headers.put("content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static String source(Topic topic) {
        return switch (topic) {
            case REGISTER, FILING -> "filing-service";
            case COMPLAINT -> "complaint-service";
            case ASSESSMENT -> "assessment-service";
            case RENOVATION -> "renovation-service";
        };
    }

    /** Waits until the consumer group has committed every record of every topic published so far. */
    public void awaitFolded() {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> lag() == 0);
    }

    /** Records published and not yet committed by the service's consumer group. */
    public long lag() throws Exception {
        List<String> topics = Arrays.stream(Topic.values()).map(Topic::topicName).toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().forEach(d ->
                d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
