package io.estatewatch.benchmarks.fold;

import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A consuming service as the reporting service is built: Spring Cloud Stream's Kafka binder with retries and a
 * dead-letter topic, service-kit's {@link EventEnvelopeReader} and an exact fold into rows. Run as a child process
 * by the fault tests (killed mid-batch) and the fold benchmark.
 *
 * <p>Two fixtures for the poison test: every delivery of a record whose {@code ce_id} starts with {@code poison-} is
 * counted in {@code deliveries} (a plain counter, on purpose: it counts attempts), and one whose {@code ce_id} starts
 * with {@code poison-fails-} fails as a fold that can never succeed would. Repeats the fold ignores are counted in
 * {@code fold_stats}, to show that redeliveries did happen.
 */
@SpringBootApplication
public class FoldingConsumerApplication {

    static final String DELIVERIES = "deliveries";
    static final String STATS = "fold_stats";
    static final String REPEATS = "repeats";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(FoldingConsumerApplication.class);
        application.setAdditionalProfiles("fold-consumer");
        application.run(args);
    }

    @Bean
    Consumer<Message<byte[]>> foldComplaints(EventEnvelopeReader reader, MongoTemplate mongo) {
        ComplaintRows rows = new ComplaintRows(mongo);
        return message -> {
            Object id = message.getHeaders().get("ce_id");
            String eventId = id instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(id);
            if (eventId.startsWith("poison-")) {
                mongo.upsert(Query.query(Criteria.where("_id").is(eventId)), new Update().inc("count", 1), DELIVERIES);
                if (eventId.startsWith("poison-fails-")) {
                    throw new IllegalStateException("event " + eventId + " cannot be folded");
                }
            }
            reader.read(message).ifPresent(envelope -> {
                if (!rows.apply(envelope)) {
                    // A diagnostic, not a figure of the projection: how many deliveries the fold recognised as repeats.
                    mongo.upsert(Query.query(Criteria.where("_id").is(REPEATS)), new Update().inc("count", 1), STATS);
                }
            });
        };
    }

    /** Deliveries the fold ignored because their event had been applied before (redeliveries, re-publications). */
    public static long repeats(MongoTemplate mongo) {
        Document counter = mongo.findById(REPEATS, Document.class, STATS);
        return counter == null ? 0 : ((Number) counter.get("count")).longValue();
    }

    /** How many times the record with this ce_id was delivered to the fold. */
    public static long deliveries(MongoTemplate mongo, String eventId) {
        Document counter = mongo.findById(eventId, Document.class, DELIVERIES);
        return counter == null ? 0 : ((Number) counter.get("count")).longValue();
    }
}
