package io.estatewatch.benchmarks.fold;

import io.estatewatch.benchmarks.rig.Producers;
import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintAssigned;
import io.estatewatch.events.complaint.ComplaintCallbackRecorded;
import io.estatewatch.events.complaint.ComplaintReopened;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintClosed;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintResolved;
import io.estatewatch.events.complaint.ComplaintResponded;
import io.estatewatch.events.complaint.Satisfaction;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A load of known complaint events and the ground truth they imply: each complaint goes some random way along
 * received → assigned → responded → resolved → called back and closed (or reopened, when the caller was dissatisfied),
 * on a random channel, in a random category. Sent as the outbox relay sends (CloudEvents headers, one
 * aggregate's next event only once the broker acknowledged the previous, failed sends retried as themselves), with
 * some events sent twice as a relay does after a crash between acknowledgement and mark.
 */
public final class ComplaintLoad {

    public static final String TOPIC = "estatewatch.complaint.events";
    private static final String[] STATUS = {"RECEIVED", "ASSIGNED", "RESPONDED", "RESOLVED", "CLOSED"};
    private static final String[] STREETS = {"Xinhua", "Binjiang", "Chaohui", "Wenxin"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One event as it goes on the wire. */
    public record Event(String id, String type, String subject, long sequence, Instant time, byte[] data) {

        public ProducerRecord<String, byte[]> record(String source) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, subject, data);
            header(record, "ce_id", id);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_type", type);
            header(record, "ce_source", source);
            header(record, "ce_subject", subject);
            header(record, "ce_time", DateTimeFormatter.ISO_INSTANT.format(time));
            header(record, "ce_sequence", Long.toString(sequence));
            header(record, "content-type", "application/json");
            return record;
        }

        public Event withId(String otherId) {
            return new Event(otherId, type, subject, sequence, time, data);
        }

        public Event withData(byte[] otherData) {
            return new Event(id, type, subject, sequence, time, otherData);
        }

        private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private final List<List<Event>> lifecycles;
    private final Map<String, Long> statusCounts = new TreeMap<>();
    private final Map<String, Long> categoryCounts = new TreeMap<>();
    private final Map<String, Long> channelCounts = new TreeMap<>();
    private long responded;
    private long resolved;
    private long callbacks;
    private long satisfied;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong duplicatesSent = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    private ComplaintLoad(List<List<Event>> lifecycles) {
        this.lifecycles = lifecycles;
    }

    /** One ComplaintReceived, sequence 1, outside any load. */
    public static Event received(String district, String id, String channel, String category) {
        Instant at = Instant.parse("2022-02-01T02:00:00Z");
        ComplaintReceived event = new ComplaintReceived(district, id, "C-" + id, Channel.valueOf(channel), id,
                ComplaintCategory.valueOf(category), "estate-1", STREETS[0], "138****0000", "hash", at.plusSeconds(86_400),
                at.plusSeconds(5 * 86_400), null, at);
        return new Event(UUID.randomUUID().toString(), EventCatalogue.forEvent(event).type(), id, 1, at,
                JSON.writeValueAsBytes(event));
    }

    /** {@code complaints} complaints of district {@code district}, ids prefixed {@code prefix}. */
    public static ComplaintLoad generate(long seed, int complaints, String district, String prefix) {
        Random random = new Random(seed);
        List<List<Event>> lifecycles = new ArrayList<>();
        ComplaintLoad load = new ComplaintLoad(lifecycles);
        Instant base = Instant.parse("2022-01-01T00:00:00Z");
        for (int i = 0; i < complaints; i++) {
            String id = prefix + i;
            ComplaintCategory category = ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            String street = STREETS[random.nextInt(STREETS.length)];
            int steps = 1 + random.nextInt(5);
            Satisfaction satisfaction = Satisfaction.values()[random.nextInt(Satisfaction.values().length)];
            Instant at = base.plusSeconds(random.nextInt(180 * 86_400));
            List<DomainEvent> events = new ArrayList<>();
            events.add(new ComplaintReceived(district, id, "C-" + i, channel, "load-" + i, category,
                    "estate-" + random.nextInt(50), street, "138****" + String.format("%04d", random.nextInt(10_000)),
                    Integer.toHexString(random.nextInt()), at.plusSeconds(86_400), at.plusSeconds(5 * 86_400), null, at));
            if (steps > 1) {
                events.add(new ComplaintAssigned(district, id, AssigneeType.COMPANY, "company-" + random.nextInt(20), true,
                        "routing", at.plusSeconds(60)));
            }
            if (steps > 2) {
                events.add(new ComplaintResponded(district, id, "company", at.plusSeconds(3_600)));
            }
            if (steps > 3) {
                events.add(new ComplaintResolved(district, id, "company", at.plusSeconds(20 * 3_600)));
            }
            String status = STATUS[steps - 1];
            if (steps > 4) {
                events.add(new ComplaintCallbackRecorded(district, id, satisfaction, "officer", at.plusSeconds(40 * 3_600)));
                if (satisfaction == Satisfaction.DISSATISFIED) {
                    events.add(new ComplaintReopened(district, id, "officer", at.plusSeconds(40 * 3_600)));
                    status = "REOPENED";
                } else {
                    events.add(new ComplaintClosed(district, id, satisfaction, at.plusSeconds(40 * 3_600)));
                }
                load.callbacks++;
                load.satisfied += satisfaction == Satisfaction.DISSATISFIED ? 0 : 1;
            }
            load.responded += steps > 2 ? 1 : 0;
            load.resolved += steps > 3 && !"REOPENED".equals(status) ? 1 : 0;
            List<Event> lifecycle = new ArrayList<>();
            for (int s = 0; s < events.size(); s++) {
                DomainEvent event = events.get(s);
                lifecycle.add(new Event(UUID.randomUUID().toString(), EventCatalogue.forEvent(event).type(), id, s + 1,
                        event.occurredAt(), JSON.writeValueAsBytes(event)));
            }
            lifecycles.add(lifecycle);
            load.statusCounts.merge(status, 1L, Long::sum);
            load.categoryCounts.merge(category.name(), 1L, Long::sum);
            load.channelCounts.merge(channel.name(), 1L, Long::sum);
        }
        return load;
    }

    public int complaints() {
        return lifecycles.size();
    }

    /** Distinct events: what an exact fold applies. */
    public long events() {
        return lifecycles.stream().mapToLong(List::size).sum();
    }

    /** Ground truth: complaints per latest status. */
    public Map<String, Long> statusCounts() {
        return statusCounts;
    }

    /** Ground truth: complaints per category. */
    public Map<String, Long> categoryCounts() {
        return categoryCounts;
    }

    /** Ground truth: complaints per channel. */
    public Map<String, Long> channelCounts() {
        return channelCounts;
    }

    /** The three rates of formula v1 over the whole load (nothing merged), half-up to four decimals; null for 0/0. */
    public Double responseRate() {
        return responseRate(0);
    }

    public Double resolutionRate() {
        return resolutionRate(0);
    }

    /** With {@code others} more complaints received and nothing else (they count in the denominator only). */
    public Double responseRate(long others) {
        return rate(responded, complaints() + others);
    }

    public Double resolutionRate(long others) {
        return rate(resolved, complaints() + others);
    }

    public Double satisfactionRate() {
        return rate(satisfied, callbacks);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : java.math.BigDecimal.valueOf(part)
                .divide(java.math.BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    public List<List<Event>> lifecycles() {
        return lifecycles;
    }

    /** Records acknowledged so far, duplicates included. */
    public long sent() {
        return sent.get();
    }

    public long duplicatesSent() {
        return duplicatesSent.get();
    }

    /** Sends that failed (a broker away) and were sent again as themselves. */
    public long retries() {
        return retries.get();
    }

    /**
     * Sends every event at about {@code eventsPerSecond}, aggregates in groups of {@code group}: round after round
     * the next event of each, the round's acknowledgements awaited (and failures sent again) before the next round;
     * after each round a share {@code duplicateShare} of the acknowledged events is sent once more.
     */
    public void send(Producer<String, byte[]> producer, int eventsPerSecond, int group, double duplicateShare, long seed) {
        send(producer, eventsPerSecond, group, duplicateShare, seed, 0, lifecycles.size());
    }

    /** Sends the complaints {@code from} (inclusive) to {@code to} (exclusive) only, as {@link #send} does. */
    public void send(Producer<String, byte[]> producer, int eventsPerSecond, int group, double duplicateShare, long seed,
                     int fromComplaint, int toComplaint) {
        Random random = new Random(seed + fromComplaint);
        long start = System.nanoTime();
        long due = 0;
        for (int from = fromComplaint; from < toComplaint; from += group) {
            List<List<Event>> chunk = lifecycles.subList(from, Math.min(toComplaint, from + group));
            int longest = chunk.stream().mapToInt(List::size).max().orElse(0);
            for (int round = 0; round < longest; round++) {
                List<Event> events = new ArrayList<>();
                for (List<Event> lifecycle : chunk) {
                    if (round < lifecycle.size()) {
                        events.add(lifecycle.get(round));
                    }
                }
                pace(start, due, eventsPerSecond);
                due += events.size();
                sendAcknowledged(producer, events);
                List<Event> again = events.stream().filter(e -> random.nextDouble() < duplicateShare).toList();
                if (!again.isEmpty()) {
                    sendAcknowledged(producer, again);
                    duplicatesSent.addAndGet(again.size());
                }
            }
        }
    }

    private void sendAcknowledged(Producer<String, byte[]> producer, List<Event> events) {
        List<Event> pending = events;
        while (!pending.isEmpty()) {
            Map<Event, Future<RecordMetadata>> sends = new HashMap<>();
            for (Event event : pending) {
                try {
                    sends.put(event, producer.send(event.record("complaint-load")));
                } catch (RuntimeException notSent) {
                    sends.put(event, null);
                }
            }
            List<Event> failed = new ArrayList<>();
            for (Event event : pending) {
                if (acknowledged(sends.get(event))) {
                    sent.incrementAndGet();
                } else {
                    failed.add(event);
                }
            }
            retries.addAndGet(failed.size());
            pending = failed;
        }
    }

    private static boolean acknowledged(Future<RecordMetadata> send) {
        if (send == null) {
            return false;
        }
        try {
            send.get(60, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pace(long startNanos, long eventsDue, int eventsPerSecond) {
        if (eventsPerSecond <= 0) {
            return;
        }
        long at = startNanos + eventsDue * 1_000_000_000L / eventsPerSecond;
        long wait;
        while ((wait = at - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** An idempotent producer with acks=all, as the outbox relay's, that rides out a broker restart. */
    public static Producer<String, byte[]> producer(String bootstrap) {
        return Producers.outboxLike(bootstrap, "complaint-load", Duration.ofSeconds(60), Duration.ofSeconds(55));
    }

    /** For a report line. */
    public String describe() {
        return complaints() + " complaints, " + events() + " events (" + duplicatesSent() + " sent twice, "
                + retries() + " resent after a failed send)";
    }

}
