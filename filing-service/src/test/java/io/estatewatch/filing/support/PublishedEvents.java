package io.estatewatch.filing.support;

import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the raw records of the service's topics from their beginning, as any consumer of the events would. */
public class PublishedEvents implements AutoCloseable {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    PublishedEvents(String... topics) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        infrastructure.createTopics(topics);
        consumer = infrastructure.rawConsumer("filing-test");
        List<TopicPartition> partitions = Stream.of(topics)
                .flatMap(topic -> consumer.partitionsFor(topic, BOUND).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until the key has {@code count} records on {@code topic}, and answers them in offset order. */
    public synchronized List<ConsumerRecord<String, byte[]>> await(String topic, String key, int count) {
        Awaitility.await().atMost(BOUND).until(() -> {
            poll();
            return of(topic, key).size() >= count;
        });
        return of(topic, key);
    }

    /** The key's records on {@code topic} read so far, after one more poll. */
    public synchronized List<ConsumerRecord<String, byte[]>> now(String topic, String key) {
        poll();
        return of(topic, key);
    }

    /** The {@code ce_type}s of the key's records on {@code topic}, in offset order, after one more poll. */
    public synchronized List<String> types(String topic, String key) {
        return now(topic, key).stream().map(record -> headers(record).get("ce_type")).toList();
    }

    private List<ConsumerRecord<String, byte[]>> of(String topic, String key) {
        return seen.stream().filter(record -> topic.equals(record.topic()) && key.equals(record.key()))
                .sorted((a, b) -> Long.compare(a.offset(), b.offset())).toList();
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

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
