package io.estatewatch.assessment.support;

import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the raw records of a topic from its beginning, as any consumer of the published events would. */
public class PublishedEvents implements AutoCloseable {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    PublishedEvents(String topic) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        infrastructure.createTopics(topic);
        consumer = infrastructure.rawConsumer("assessment-test");
        List<TopicPartition> partitions = consumer.partitionsFor(topic, BOUND).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until the key has a record of each type, and answers the key's records in offset order. */
    public synchronized List<ConsumerRecord<String, byte[]>> await(String key, String... types) {
        Awaitility.await().atMost(BOUND).until(() -> {
            poll();
            List<String> present = of(key).stream().map(record -> headers(record).get("ce_type")).toList();
            return present.containsAll(List.of(types));
        });
        return of(key);
    }

    /** The key's record of the type, waiting for it. */
    public ConsumerRecord<String, byte[]> one(String key, String type) {
        return await(key, type).stream().filter(record -> type.equals(headers(record).get("ce_type"))).findFirst()
                .orElseThrow();
    }

    /** The key's records read so far, after one more poll. */
    public synchronized List<ConsumerRecord<String, byte[]>> now(String key) {
        poll();
        return of(key);
    }

    private List<ConsumerRecord<String, byte[]>> of(String key) {
        return seen.stream().filter(record -> key.equals(record.key())).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    public static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** Asserts a CloudEvent of this service in Kafka binary mode: its key, {@code ce_*} headers and district. */
    public static void assertCloudEvent(ConsumerRecord<String, byte[]> record, String type, String subject,
                                        String time) {
        Map<String, String> headers = headers(record);
        assertThat(record.key()).isEqualTo(subject);
        assertThat(headers).containsKey("ce_id")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", type)
                .containsEntry("ce_source", "assessment-service")
                .containsEntry("ce_subject", subject)
                .containsEntry("content-type", "application/json");
        assertThat(Instant.parse(headers.get("ce_time"))).isEqualTo(Instant.parse(time));
        assertThat(value(record)).contains("\"districtId\":\"district-test\"");
    }

    public static String value(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
