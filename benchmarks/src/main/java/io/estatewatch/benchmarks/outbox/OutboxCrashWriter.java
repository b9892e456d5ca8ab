package io.estatewatch.benchmarks.outbox;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.estatewatch.benchmarks.rig.Producers;
import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintAssigned;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintResolved;
import io.estatewatch.servicekit.outbox.EventOutbox;
import io.estatewatch.servicekit.outbox.OutboxProperties;
import io.estatewatch.servicekit.outbox.OutboxRelay;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A producing service reduced to its outbox: writes {@code count} complaints, each received, assigned and resolved in
 * three single-document writes with their events staged by service-kit's {@link EventOutbox}, while service-kit's
 * {@link OutboxRelay} publishes them. Killed at any point and started again, it carries on where the store says it
 * stopped; it exits 0 once every aggregate is written and every pending event is acknowledged.
 *
 * <p>{@code java ... OutboxCrashWriter <mongodb://host:port/db> <bootstrap servers> <count>}
 */
public final class OutboxCrashWriter {

    public static final int EVENTS_PER_AGGREGATE = 3;
    public static final String DISTRICT = "district-crash";
    static final Instant RECEIVED = Instant.parse("2022-03-01T01:30:00Z");

    private OutboxCrashWriter() {
    }

    public static void main(String[] args) {
        ConnectionString uri = new ConnectionString(args[0]);
        String bootstrap = args[1];
        int count = Integer.parseInt(args[2]);
        Clock clock = Clock.systemUTC();
        try (MongoClient client = MongoClients.create(uri); Producer<String, byte[]> producer = Producers.outboxLike(bootstrap,
                     "outbox-crash-writer", Duration.ofSeconds(10), Duration.ofSeconds(30))) {
            MongoTemplate mongo = new MongoTemplate(client, uri.getDatabase());
            EventOutbox outbox = new EventOutbox(JsonMapper.builder().build(), clock);
            OutboxRelay relay = new OutboxRelay(mongo, producer, "outbox-crash-writer",
                    new OutboxProperties(true, Duration.ofMillis(20), Duration.ofMillis(300), 500, Duration.ofSeconds(30)),
                    new SimpleMeterRegistry(), clock);
            // What a service does at start-up: publish whatever a crash left pending, then carry on.
            int leftOver = relay.relayAll();
            System.out.println("started; re-published " + leftOver + " events left pending");
            relay.start();
            for (int i = 0; i < count; i++) {
                String id = "crash-" + i;
                CrashComplaint complaint = mongo.findById(id, CrashComplaint.class);
                if (complaint == null) {
                    complaint = new CrashComplaint(id);
                }
                while (complaint.getEventSequence() < EVENTS_PER_AGGREGATE) {
                    DomainEvent next = next(complaint, i);
                    outbox.stage(complaint, next);
                    complaint.getEmitted().add(complaint.getOutbox().get(complaint.getOutbox().size() - 1).eventId());
                    // State and event in one document write: both or neither survive a kill.
                    mongo.save(complaint);
                    relay.documentSaved(CrashComplaint.COLLECTION, id);
                    // Work on the stored document from here: the relay may have removed published events meanwhile.
                    complaint = mongo.findById(id, CrashComplaint.class);
                }
            }
            relay.stop();
            while (mongo.exists(Query.query(Criteria.where("outbox.0").exists(true)), CrashComplaint.COLLECTION)) {
                relay.relayAll();
            }
            System.out.println("done: " + count + " complaints written and published");
        }
        System.exit(0);
    }

    private static DomainEvent next(CrashComplaint complaint, int index) {
        String id = complaint.getId();
        Instant at = RECEIVED.plusSeconds(index);
        return switch ((int) complaint.getEventSequence()) {
            case 0 -> {
                complaint.setStatus("RECEIVED");
                ComplaintCategory category = ComplaintCategory.values()[index % ComplaintCategory.values().length];
                yield new ComplaintReceived(DISTRICT, id, "C-" + index, Channel.MAYOR_HOTLINE, "crash-" + index,
                        category, "estate-" + (index % 7), "Street " + (index % 3), "138****" + String.format("%04d", index % 10_000),
                        "hash-" + index, at.plusSeconds(86_400), at.plusSeconds(5 * 86_400), null, at);
            }
            case 1 -> {
                complaint.setStatus("ASSIGNED");
                yield new ComplaintAssigned(DISTRICT, id, AssigneeType.COMPANY, "company-" + (index % 5), true, "routing",
                        at.plusSeconds(60));
            }
            default -> {
                complaint.setStatus("RESOLVED");
                yield new ComplaintResolved(DISTRICT, id, "company-" + (index % 5), at.plusSeconds(3_600));
            }
        };
    }
}
