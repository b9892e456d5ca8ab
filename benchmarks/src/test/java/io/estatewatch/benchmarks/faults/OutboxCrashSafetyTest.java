package io.estatewatch.benchmarks.faults;

import com.mongodb.client.MongoClient;
import io.estatewatch.benchmarks.fold.ComplaintRows;
import io.estatewatch.benchmarks.outbox.CrashComplaint;
import io.estatewatch.benchmarks.outbox.OutboxCrashWriter;
import io.estatewatch.benchmarks.rig.ChildProcess;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.Topics;
import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A producing service killed (SIGKILL) at random points while it writes aggregates and its outbox relay publishes
 * their events, then started again, several times: every committed change is published, nothing that was not
 * committed is, and an exact fold of the topic counts every aggregate once.
 */
class OutboxCrashSafetyTest {

    private static final String TOPIC = "estatewatch.complaint.events";
    private static final int AGGREGATES = 240;
    private static final int KILLS = 6;
    private static final Duration BOUND = Duration.ofSeconds(90);

    private static Path dir;
    private static LocalInfrastructure infrastructure;

    @BeforeAll
    static void startBrokerAndStore() {
        dir = FaultRun.directory("outbox-crash");
        infrastructure = LocalInfrastructure.start(dir);
    }

    @AfterAll
    static void stop() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void everyCommittedChangeIsPublishedAfterKillsAndNothingUncommittedIs() {
        long seed = Long.getLong("estatewatch.faults.seed", System.nanoTime());
        Random random = new Random(seed);
        String database = "outbox-crash";
        ChildProcess writer = ChildProcess.ofMain("outbox-writer", ChildProcess.SMALL_JVM, OutboxCrashWriter.class,
                List.of(infrastructure.mongoUri() + "/" + database, infrastructure.bootstrapServers(),
                        String.valueOf(AGGREGATES)), Map.of(), dir, dir.resolve("logs/outbox-writer.log"));

        try (MongoClient client = LocalInfrastructure.mongoClient(infrastructure.mongoUri())) {
            MongoTemplate store = new MongoTemplate(client, database);
            // Kill points: after a random number of events has been committed, rising run after run.
            List<Integer> killPoints = new ArrayList<>(new TreeSet<>(random.ints(KILLS, 1,
                    AGGREGATES * OutboxCrashWriter.EVENTS_PER_AGGREGATE - 20).boxed().toList()));
            for (int killAt : killPoints) {
                writer.start();
                await("the writer to commit " + killAt + " events").atMost(BOUND).pollInterval(Duration.ofMillis(20))
                        .until(() -> !writer.alive() || committedEvents(store) >= killAt);
                assertThat(writer.alive()).as("the writer runs until killed:\n%s", writer.tail(20)).isTrue();
                writer.kill();
            }
            writer.start();
            assertThat(writer.awaitExit(BOUND)).as("the last run finishes:\n%s", writer.tail(30)).isZero();

            List<CrashComplaint> committed = store.findAll(CrashComplaint.class);
            List<ConsumerRecord<String, byte[]>> records = Topics.readAll(infrastructure.bootstrapServers(), TOPIC);

            Map<String, Set<String>> emittedBy = new HashMap<>();
            Set<String> emitted = new HashSet<>();
            for (CrashComplaint complaint : committed) {
                assertThat(complaint.getOutbox()).as("nothing left pending in %s", complaint.getId()).isEmpty();
                assertThat(complaint.getEventSequence()).isEqualTo(OutboxCrashWriter.EVENTS_PER_AGGREGATE);
                assertThat(complaint.getEmitted()).hasSize(OutboxCrashWriter.EVENTS_PER_AGGREGATE);
                emittedBy.put(complaint.getId(), new HashSet<>(complaint.getEmitted()));
                emitted.addAll(complaint.getEmitted());
            }
            assertThat(committed).hasSize(AGGREGATES);

            Map<String, String> idOfSubjectAndSequence = new HashMap<>();
            Set<String> published = new HashSet<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                Map<String, String> headers = Topics.headers(record);
                String id = headers.get("ce_id");
                String subject = headers.get("ce_subject");
                assertThat(emitted).as("a published event belongs to a committed change: %s", headers).contains(id);
                assertThat(emittedBy.get(subject)).as("published under its own aggregate").contains(id);
                String previous = idOfSubjectAndSequence.putIfAbsent(subject + "#" + headers.get("ce_sequence"), id);
                assertThat(previous).as("one event per aggregate and sequence, re-published only as itself")
                        .isIn(null, id);
                published.add(id);
            }
            assertThat(published).as("every committed event is on the topic").containsExactlyInAnyOrderElementsOf(emitted);

            // An exact fold of the whole topic, twice (the second time is a full replay), counts each aggregate once.
            MongoTemplate projection = new MongoTemplate(client, "outbox-crash-projection");
            ComplaintRows rows = new ComplaintRows(projection);
            EventEnvelopeReader reader = new EventEnvelopeReader(JsonMapper.builder().build());
            int applied = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (ConsumerRecord<String, byte[]> record : records) {
                    applied += reader.read(Topics.message(record)).map(rows::apply).orElse(false) ? 1 : 0;
                }
            }
            assertThat(rows.rows()).isEqualTo(AGGREGATES);
            assertThat(rows.eventsApplied()).isEqualTo((long) AGGREGATES * OutboxCrashWriter.EVENTS_PER_AGGREGATE);
            assertThat(applied).isEqualTo(AGGREGATES * OutboxCrashWriter.EVENTS_PER_AGGREGATE);
            assertThat(rows.countBy("status")).containsExactly(Map.entry("RESOLVED", (long) AGGREGATES));

            FaultRun.figure("outbox-crash", "seed " + seed + ", " + KILLS + " SIGKILLs after " + killPoints
                    + " committed events; " + AGGREGATES + " aggregates, " + emitted.size() + " committed events, "
                    + records.size() + " records on the topic (" + (records.size() - published.size())
                    + " re-publications of the same ce_id), 0 missing, 0 foreign; exact fold (twice) = "
                    + rows.rows() + " rows, " + rows.eventsApplied() + " events applied");
        } finally {
            writer.kill();
        }
    }

    private static long committedEvents(MongoTemplate store) {
        long total = 0;
        for (Document doc : store.getCollection(CrashComplaint.COLLECTION).find()
                .projection(new Document("eventSequence", 1))) {
            total += ((Number) doc.get("eventSequence", 0L)).longValue();
        }
        return total;
    }
}
