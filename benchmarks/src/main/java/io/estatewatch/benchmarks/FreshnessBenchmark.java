package io.estatewatch.benchmarks;

import io.estatewatch.benchmarks.rig.Http;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import io.estatewatch.benchmarks.rig.Topics;
import io.estatewatch.servicekit.security.Caller;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Freshness: pushes at a steady rate straight into the complaint-service, and for each the time from its 201 to the
 * moment the reporting-service's summary API counts it, beside the time from its 201 to its ComplaintReceived being
 * readable on the topic (what the outbox and the broker take; the fold and the summary are the rest).
 *
 * <p>The summary says how many, not which: the fold reads the topic in order, so the k-th complaint to reach the topic
 * counts as visible at the first poll, after it reached the topic, whose total is at least k. Polls run back to back;
 * their resolution is one summary answer's time, reported beside.
 */
final class FreshnessBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DAY = "2022-05-02";

    private final Report report;
    private final Path dir;

    FreshnessBenchmark(Report report, Path dir) {
        this.report = report;
        this.dir = dir;
    }

    void run() throws Exception {
        int rate = Integer.getInteger("bench.freshness.rate", 200);
        int seconds = Integer.getInteger("bench.freshness.seconds", 20);
        report.line("## freshness: %d complaints/s for %d s — %s", rate, seconds, Report.machine());
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(dir)) {
            try (Admin admin = infrastructure.admin()) {
                admin.createTopics(List.of(new NewTopic("estatewatch.complaint.events", 3, (short) 1)))
                        .all().get(30, TimeUnit.SECONDS);
            }
            ServiceUnderTest complaints = ServiceUnderTest.of("complaint-service", "complaint",
                    infrastructure.bootstrapServers(), infrastructure.mongoUri(), dir, Map.of(), List.of());
            ServiceUnderTest reporting = ServiceUnderTest.of("reporting-service", "reporting",
                    infrastructure.bootstrapServers(), infrastructure.mongoUri(), dir, Map.of(), List.of());
            complaints.process().start();
            reporting.process().start();
            complaints.awaitReady();
            reporting.awaitReady();
            try {
                measure(infrastructure, complaints, reporting, rate, seconds);
            } finally {
                complaints.close();
                reporting.close();
            }
        }
    }

    private void measure(LocalInfrastructure infrastructure, ServiceUnderTest complaints, ServiceUnderTest reporting,
                         int rate, int seconds) throws Exception {
        Http http = new Http(Duration.ofSeconds(30));
        Map<String, String> hotline = Http.bearer(ServiceUnderTest.token(Caller.hotlineClient("bench", "*")));
        Map<String, String> admin = Http.bearer(ServiceUnderTest.token(Caller.districtAdmin("bench")));
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        int total = rate * seconds;

        // The topic, tailed from its end: when each ComplaintReceived of this run becomes readable.
        Map<String, Long> onTopic = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch tailing = new CountDownLatch(1);
        Thread tail = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = Topics.consumer(infrastructure.bootstrapServers(), 2_000)) {
                consumer.subscribe(List.of("estatewatch.complaint.events"));
                consumer.poll(Duration.ofMillis(500));
                tailing.countDown();
                while (!stop.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        long now = System.nanoTime();
                        String externalId = JSON.readTree(record.value()).path("externalId").asString("");
                        if (externalId.startsWith("fresh-" + run)) {
                            onTopic.putIfAbsent(externalId, now);
                        }
                    }
                }
            }
        }, "topic-tail");
        tail.start();
        tailing.await(60, TimeUnit.SECONDS);

        // The summary, polled back to back: (time, total) pairs.
        List<long[]> polls = new ArrayList<>();
        List<Long> pollMillis = new ArrayList<>();
        Thread poller = new Thread(() -> {
            while (!stop.get()) {
                Http.Answer answer = http.get(reporting.uri("/api/v1/reports/summary?from=" + DAY + "&to=" + DAY), admin);
                long now = System.nanoTime();
                if (answer.status() == 200) {
                    long count = JSON.readTree(answer.body()).path("complaints").path("total").asLong();
                    synchronized (polls) {
                        polls.add(new long[] {now, count});
                        pollMillis.add(answer.took().toMillis());
                    }
                }
            }
        }, "summary-poller");
        poller.start();

        long[] accepted = new long[total];
        String[] ids = new String[total];
        CountDownLatch answered = new CountDownLatch(total);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            ids[i] = "fresh-" + run + "-" + i;
            String body = """
                    {"channel":"MAYOR_HOTLINE","externalId":"%s","receivedAt":"%sT10:00:00+08:00","address":"No. 9 Fresh Lane",\
                    "category":"NOISE","description":"Construction noise after 22:00.",\
                    "complainant":{"name":"王五","phone":"0571-8765%04d"}}""".formatted(ids[i], DAY, i % 10_000);
            http.client().sendAsync(io.estatewatch.benchmarks.load.OpenLoad.post(complaints.uri("/api/v1/complaints"), body)
                            .header("Authorization", hotline.get("Authorization")).build(),
                    HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                        if (error == null && response.statusCode() == 201) {
                            accepted[index] = System.nanoTime();
                        }
                        answered.countDown();
                    });
        }
        answered.await(5, TimeUnit.MINUTES);
        long acceptedCount = Arrays.stream(accepted).filter(t -> t > 0).count();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && lastTotal(polls) < acceptedCount) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        stop.set(true);
        poller.join(60_000);
        tail.join(10_000);

        // The fold takes the topic in its order: the k-th complaint to reach the topic is counted once a poll at or
        // after that moment shows a total of at least k.
        List<Integer> byArrival = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (accepted[i] > 0 && onTopic.containsKey(ids[i])) {
                byArrival.add(i);
            }
        }
        byArrival.sort(java.util.Comparator.comparingLong(i -> onTopic.get(ids[i])));
        List<Double> summaryLag = new ArrayList<>();
        synchronized (polls) {
            int poll = 0;
            for (int k = 0; k < byArrival.size(); k++) {
                long seen = onTopic.get(ids[byArrival.get(k)]);
                while (poll < polls.size() && (polls.get(poll)[1] < k + 1 || polls.get(poll)[0] < seen)) {
                    poll++;
                }
                if (poll == polls.size()) {
                    break;
                }
                summaryLag.add((polls.get(poll)[0] - accepted[byArrival.get(k)]) / 1e6);
            }
        }
        List<Double> topicLag = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Long seen = onTopic.get(ids[i]);
            if (accepted[i] > 0 && seen != null) {
                topicLag.add((seen - accepted[i]) / 1e6);
            }
        }
        List<Double> pollTimes = pollMillis.stream().map(Long::doubleValue).toList();
        report.line("pushed %d, accepted %d; on the topic %d, counted by the summary %d", total, acceptedCount,
                topicLag.size(), summaryLag.size());
        report.line("baseline  accepted → on the topic:        p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms",
                percentile(topicLag, 0.5), percentile(topicLag, 0.99), percentile(topicLag, 1));
        report.line("          accepted → counted by summary:  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms",
                percentile(summaryLag, 0.5), percentile(summaryLag, 0.99), percentile(summaryLag, 1));
        report.line("          one summary answer (%d polls):  p50 %8.1f ms  p99 %8.1f ms", pollTimes.size(),
                percentile(pollTimes, 0.5), percentile(pollTimes, 0.99));
        report.line("RESULT freshness: at %d complaints/s, accepted → counted in the summary p99 %.0f ms (target <= 1000 ms), "
                        + "%.1fx the outbox-to-topic p99 of %.0f ms; a summary answer takes p50 %.0f ms", rate,
                percentile(summaryLag, 0.99), percentile(summaryLag, 0.99) / percentile(topicLag, 0.99),
                percentile(topicLag, 0.99), percentile(pollTimes, 0.5));
    }

    private static long lastTotal(List<long[]> polls) {
        synchronized (polls) {
            return polls.isEmpty() ? 0 : polls.get(polls.size() - 1)[1];
        }
    }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
