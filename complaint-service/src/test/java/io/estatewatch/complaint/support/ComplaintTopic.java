package io.estatewatch.complaint.support;

import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records of estatewatch.complaint.events as any consumer reads them, from the topic's beginning. */
public class ComplaintTopic implements AutoCloseable {

    public static final String NAME = "estatewatch.complaint.events";
    private static final Duration BOUND = Duration.ofSeconds(30);

    private final JsonMapper json;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();

    ComplaintTopic(JsonMapper json) {
        this.json = json;
        TestInfrastructure.get().createTopics(NAME);
        consumer = TestInfrastructure.get().rawConsumer("complaint-test");
        List<TopicPartition> partitions = consumer.partitionsFor(NAME, BOUND).stream()
                .map(info -> new TopicPartition(NAME, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until the complaint has at least {@code count} records; answers them in order. */
    public synchronized List<Event> await(String complaintId, int count) {
        Awaitility.await().atMost(BOUND).until(() -> {
            poll();
            return of(complaintId).size() >= count;
        });
        return of(complaintId);
    }

    /** The complaint's records read so far, after one more poll. */
    public synchronized List<Event> now(String complaintId) {
        poll();
        return of(complaintId);
    }

    /** Every record read so far, after polling until the topic gives nothing new. */
    public synchronized List<Event> all() {
        int before;
        do {
            before = read.size();
            poll();
        } while (read.size() > before);
        return read.stream().map(this::event).toList();
    }

    private List<Event> of(String complaintId) {
        return read.stream().filter(r -> complaintId.equals(r.key())).map(this::event).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(300)).forEach(read::add);
    }

    private Event event(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        String text = new String(record.value(), StandardCharsets.UTF_8);
        return new Event(record.key(), headers, text, json.readTree(text));
    }

    /** One record: key, headers, value as text and as JSON. */
    public record Event(String key, Map<String, String> headers, String text, JsonNode data) {

        public String type() {
            return headers.get("ce_type");
        }

        /** The type without prefix and version: "received", "deadline-missed". */
        public String fact() {
            return type().replace("estatewatch.complaint.", "").replaceAll("\\.v\\d+$", "");
        }

        public String field(String name) {
            JsonNode node = data.get(name);
            return node == null || node.isNull() ? null : node.asString();
        }
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
