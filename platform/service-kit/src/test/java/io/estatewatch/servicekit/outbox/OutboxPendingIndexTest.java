package io.estatewatch.servicekit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.estatewatch.testkit.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * The periodic scan asks for the documents with events waiting in a shape a partial index serves, and creates that
 * index, so that it does not read a whole, ever-growing collection every two seconds. (The relay's publishing is
 * tested against the real broker in {@link SpineEndToEndTest}; here the producer is Kafka's own MockProducer.)
 */
class OutboxPendingIndexTest {

    private final MongoClient client = MongoClients.create(TestInfrastructure.get().mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client, "outbox-pending-index-" + System.nanoTime());
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final OutboxRelay relay = new OutboxRelay(mongo, producer, "/test",
            new OutboxProperties(true, Duration.ofMillis(200), Duration.ofSeconds(2), 500, Duration.ofSeconds(5)),
            new SimpleMeterRegistry(), Clock.systemUTC());

    @AfterEach
    void drop() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void theScanFindsExactlyTheDocumentsWithEventsWaitingAndIndexesThem() {
        List<Document> complaints = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            complaints.add(new Document("_id", "complaint-" + i).append("outbox", List.of()));
        }
        complaints.add(new Document("_id", "complaint-w1").append("outbox", List.of(pending("complaint-w1", 1),
                pending("complaint-w1", 2))));
        complaints.add(new Document("_id", "complaint-w2").append("outbox", List.of(pending("complaint-w2", 1))));
        complaints.add(new Document("_id", "complaint-legacy"));
        mongo.insert(complaints, "complaints");

        int published = relay.relayAll();

        assertThat(published).isEqualTo(3);
        assertThat(producer.history()).extracting(record -> record.key())
                .containsExactly("complaint-w1", "complaint-w2", "complaint-w1");
        assertThat(mongo.getCollection("complaints").countDocuments(new Document(OutboxRelay.PENDING,
                new Document("$exists", true)))).as("nothing left waiting").isZero();
        assertThat(relay.relayAll()).as("a second scan finds nothing").isZero();

        List<IndexInfo> indexes = mongo.indexOps("complaints").getIndexInfo();
        assertThat(indexes).extracting(IndexInfo::getName).contains(OutboxRelay.PENDING_INDEX);
        IndexInfo pendingIndex = indexes.stream().filter(index -> index.getName().equals(OutboxRelay.PENDING_INDEX))
                .findFirst().orElseThrow();
        assertThat(pendingIndex.getPartialFilterExpression()).contains(OutboxRelay.PENDING).contains("$exists");
    }

    private static Document pending(String aggregate, long sequence) {
        return new Document("eventId", aggregate + "-" + sequence).append("type", "estatewatch.test.happened.v1")
                .append("topic", "estatewatch.test.events").append("key", aggregate).append("sequence", sequence)
                .append("time", new Date()).append("stagedAt", new Date()).append("data", "{}");
    }
}
