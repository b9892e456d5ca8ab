package io.estatewatch.renovation.support;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.EventCatalogue.EventDescriptor;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Publishes register events as the filing service would: CloudEvents in Kafka binary mode. */
public class RegisterFeed {

    private final JsonMapper json;

    RegisterFeed(JsonMapper json) {
        this.json = json;
    }

    public EstateRegistered estate(String estateId, String street) {
        EstateRegistered registered = new EstateRegistered("district-test", estateId, "小区 " + estateId, List.of(),
                street, "社区", "路 1 号", 10, 500, 50_000, 1995, false, Instant.parse("2020-01-02T00:00:00Z"));
        publish(registered, 1);
        return registered;
    }

    public void publish(DomainEvent event, long sequence) {
        EventDescriptor contract = EventCatalogue.forEvent(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(contract.topic().topicName(), event.aggregateId(),
                json.writeValueAsBytes(event));
        Map<String, String> headers = Map.of(
                "ce_id", UUID.randomUUID().toString(),
                "ce_specversion", "1.0",
                "ce_type", contract.type(),
                "ce_source", "filing-service",
                "ce_subject", event.aggregateId(),
                "ce_time", event.occurredAt().toString(),
                "ce_sequence", Long.toString(sequence),
                "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + contract.type(), e);
        }
    }
}
