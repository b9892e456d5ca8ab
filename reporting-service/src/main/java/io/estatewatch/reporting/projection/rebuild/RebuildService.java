package io.estatewatch.reporting.projection.rebuild;

import io.estatewatch.reporting.projection.FoldGate;
import io.estatewatch.reporting.projection.Projection;
import io.estatewatch.reporting.projection.BatchFold;
import io.estatewatch.reporting.projection.ProjectionPointer;
import io.estatewatch.reporting.projection.PoisonSearch;
import io.estatewatch.servicekit.consume.EventEnvelope;
import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import io.estatewatch.servicekit.error.ConflictException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every projection from offset 0 into a new generation of collections while readers keep reading the
 * current one, then switches.
 *
 * <ol>
 * <li>A plain consumer of its own (no group commits) is assigned every partition of the five topics, seeks to the
 * beginning and notes the end offsets; it folds every record up to them into generation n+1, a poll's worth at a
 * time ({@link BatchFold}: the same rows and marks as the live consumer's exact fold, one write per row and batch).</li>
 * <li>Then, holding the {@link FoldGate} so that the live consumer folds nothing meanwhile, it reads to the end
 * offsets of that moment (every record the live consumer could have folded), points readers and the fold at n+1 with
 * one write, and lets go. The live consumer goes on from its committed offsets: whatever it meets again was folded
 * by the rebuild already, in order, and changes nothing.</li>
 * </ol>
 * The generation before the previous one is dropped; the previous one is kept, so a switch can be undone by hand.
 * One rebuild at a time, on the instance that runs the fold.
 */
@Service
public class RebuildService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ProjectionPointer pointer;
    private final BatchFold fold;
    private final FoldGate gate;
    private final EventEnvelopeReader reader;
    private final String bootstrapServers;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, RebuildRun> runs = new ConcurrentHashMap<>();
    private final AtomicReference<RebuildRun> running = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public RebuildService(ProjectionPointer pointer, BatchFold fold, FoldGate gate, EventEnvelopeReader reader,
                          @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers) {
        this.pointer = pointer;
        this.fold = fold;
        this.gate = gate;
        this.reader = reader;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a rebuild; 409 while another one runs. */
    public RebuildStatus start() {
        long from = pointer.current();
        RebuildRun run = new RebuildRun(UUID.randomUUID().toString(), from, from + 1, clock);
        if (!running.compareAndSet(null, run)) {
            RebuildRun other = running.get();
            throw new ConflictException("A rebuild is already running.",
                    Map.of("rebuildId", other == null ? "" : other.id));
        }
        runs.put(run.id, run);
        worker.execute(() -> rebuild(run));
        return run.status();
    }

    public Optional<RebuildStatus> status(String id) {
        return Optional.ofNullable(runs.get(id)).map(RebuildRun::status);
    }

    private void rebuild(RebuildRun run) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(run)) {
            pointer.drop(run.toGeneration);
            pointer.ensureIndexes(run.toGeneration);
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            run.total.set(span(begin, end));
            log.info("Rebuild {}: replaying {} records into generation {}", run.id, run.total.get(),
                    run.toGeneration);
            drain(consumer, end, run);
            run.switching();
            gate.exclusively(() -> {
                Map<TopicPartition, Long> last = consumer.endOffsets(partitions);
                run.total.addAndGet(span(end, last));
                drain(consumer, last, run);
                pointer.switchTo(run.toGeneration);
            });
            if (run.fromGeneration > 1) {
                pointer.drop(run.fromGeneration - 1);
            }
            run.done();
            log.info("Rebuild {}: switched to generation {} after {} records", run.id, run.toGeneration,
                    run.done.get());
        } catch (RuntimeException e) {
            log.error("Rebuild {} failed", run.id, e);
            run.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            try {
                pointer.drop(run.toGeneration);
            } catch (RuntimeException cleanup) {
                log.warn("Could not drop generation {}: {}", run.toGeneration, cleanup.toString());
            }
        } finally {
            running.compareAndSet(run, null);
        }
    }

    private void drain(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> until, RebuildRun run) {
        while (behind(consumer, until)) {
            ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
            List<EventEnvelope> batch = new ArrayList<>(records.count());
            int read = 0;
            for (TopicPartition partition : records.partitions()) {
                Long stop = until.get(partition);
                for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                    if (stop != null && record.offset() >= stop) {
                        consumer.seek(partition, record.offset());
                        break;
                    }
                    try {
                        reader.read(message(record)).ifPresent(batch::add);
                    } catch (RuntimeException unreadable) {
                        // The live consumer dead-letters it (at once when unreadable, after retries otherwise).
                        skip(run, record.topic() + "-" + record.partition() + "@" + record.offset(), unreadable);
                    }
                    read++;
                }
            }
            foldSkippingPoison(fold::apply, run, batch);
            run.done.addAndGet(read);
        }
    }

    /**
     * Folds a poll's events into the new generation. An event whose own fold fails is skipped and counted, as the live
     * consumer dead-letters it: one such event must not make every rebuild fail ({@link PoisonSearch}). A store that
     * cannot be reached fails the rebuild; nothing is skipped for it.
     */
    static void foldSkippingPoison(GenerationFold fold, RebuildRun run, List<EventEnvelope> batch) {
        PoisonSearch.fold(batch, events -> fold.apply(run.toGeneration, events), (event, poison) -> skip(run,
                event.topic() + "-" + event.partition() + "@" + event.offset() + " (" + event.type() + " " + event.id()
                        + ")", poison));
    }

    private static void skip(RebuildRun run, String record, RuntimeException reason) {
        run.skipped.incrementAndGet();
        log.warn("Rebuild {}: skipped {}: {}", run.id, record, reason.toString());
    }

    /** Folds events into a generation: {@link BatchFold#apply}. */
    @FunctionalInterface
    interface GenerationFold {
        int apply(long generation, List<EventEnvelope> events);
    }

    private static boolean behind(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> until) {
        for (Map.Entry<TopicPartition, Long> entry : until.entrySet()) {
            if (consumer.position(entry.getKey()) < entry.getValue()) {
                return true;
            }
        }
        return false;
    }

    private static long span(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        long total = 0;
        for (Map.Entry<TopicPartition, Long> entry : to.entrySet()) {
            total += entry.getValue() - from.getOrDefault(entry.getKey(), 0L);
        }
        return total;
    }

    /** The record as the binder would hand it to the live consumer: headers as bytes, where it was read from. */
    static Message<byte[]> message(ConsumerRecord<String, byte[]> record) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(record.value() == null ? new byte[0]
                : record.value());
        for (Header header : record.headers()) {
            builder.setHeader(header.key(), header.value());
        }
        return builder.setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, record.partition())
                .setHeader(KafkaHeaders.OFFSET, record.offset())
                .setHeader(KafkaHeaders.RECEIVED_KEY, record.key())
                .build();
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        Set<String> existing = consumer.listTopics(Duration.ofSeconds(30)).keySet();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : Projection.topics()) {
            if (existing.contains(topic)) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
        }
        return partitions;
    }

    private KafkaConsumer<String, byte[]> consumer(RebuildRun run) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + run.id,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
