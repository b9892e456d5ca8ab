package io.estatewatch.complaint.support;

import io.estatewatch.complaint.Identifiers;
import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateManagementEnded;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The estate register as the filing service publishes it: CloudEvents in Kafka binary mode on
 * estatewatch.register.events, numbered per estate.
 */
public class Register implements AutoCloseable {

    private static final Instant REGISTERED = Instant.parse("2021-06-01T00:00:00Z");

    private final JsonMapper json;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    Register(JsonMapper json) {
        this.json = json;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** A fresh estate id, so that tests sharing the database do not meet. */
    public static String newEstateId() {
        return "estate-" + Identifiers.newId();
    }

    public void estate(String estateId, String name, List<String> aliases, String street) {
        publish(new EstateRegistered("district-test", estateId, name, aliases, street, "社区", street + "1号", 12, 800,
                60_000, 2001, false, REGISTERED));
    }

    public void managedBy(String estateId, String companyId) {
        publish(new EstateManagementAssigned("district-test", estateId, companyId, "filing-" + UUID.randomUUID(),
                REGISTERED.plusSeconds(60)));
    }

    public void managementEnded(String estateId, String companyId) {
        publish(new EstateManagementEnded("district-test", estateId, companyId, "filing-" + UUID.randomUUID(),
                REGISTERED.plusSeconds(120)));
    }

    /** Publishes {@code event} as its estate's next event. */
    public void publish(DomainEvent event) {
        publish(event, sequences.merge(event.aggregateId(), 1L, Long::sum));
    }

    /** Publishes {@code event} with the given event number, as a redelivery would. */
    public void publish(DomainEvent event, long sequence) {
        EventCatalogue.EventDescriptor contract = EventCatalogue.forEvent(event);
        sequences.merge(event.aggregateId(), sequence, Math::max);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(contract.topic().topicName(), event.aggregateId(),
                json.writeValueAsBytes(event));
        Map.of("ce_id", UUID.randomUUID().toString(), "ce_specversion", "1.0", "ce_type", contract.type(),
                        "ce_source", "filing-service", "ce_subject", event.aggregateId(),
                        "ce_time", event.occurredAt().toString(), "ce_sequence", Long.toString(sequence),
                        "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + contract.type(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
