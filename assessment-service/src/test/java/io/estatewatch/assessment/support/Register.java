package io.estatewatch.assessment.support;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.EventCatalogue.EventDescriptor;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.PropertyCompanyRegistered;
import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The register as the filing-service publishes it: CloudEvents in Kafka binary mode on estatewatch.register.events.
 * The service folds them into its estate directory; {@link #estate} waits until it has.
 */
public class Register implements AutoCloseable {

    public static final String DISTRICT = "district-test";
    private static final Instant REGISTERED = Instant.parse("2021-06-01T02:00:00Z");

    private final JsonMapper json;
    private final MongoTemplate mongo;
    private final KafkaProducer<String, byte[]> producer;

    Register(JsonMapper json, MongoTemplate mongo) {
        this.json = json;
        this.mongo = mongo;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** A company entered into the register; answers its id once the service knows it. */
    public String company(String name) {
        String id = "company-" + UUID.randomUUID();
        publish(new PropertyCompanyRegistered(DISTRICT, id, name, "91330100MA27XXXX0X", REGISTERED), 1);
        awaitFolded("companies", id, "name");
        return id;
    }

    /** An estate of the street managed by the company (or none); answers its id once the service knows it. */
    public String estate(String name, String street, String companyId) {
        String id = "estate-" + UUID.randomUUID();
        publish(new EstateRegistered(DISTRICT, id, name, List.of(), street, street + "社区", "路 1 号", 12, 600, 60_000,
                1998, false, REGISTERED), 1);
        if (companyId != null) {
            publish(new EstateManagementAssigned(DISTRICT, id, companyId, "filing-" + UUID.randomUUID(), REGISTERED), 2);
            awaitFolded("estates", id, "companyId");
        } else {
            awaitFolded("estates", id, "street");
        }
        return id;
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
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + contract.type(), e);
        }
    }

    private void awaitFolded(String collection, String id, String field) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(id).and(field).exists(true)), Document.class, collection));
    }

    @Override
    public void close() {
        producer.close();
    }
}
