package io.estatewatch.reporting.benchmark;

import io.estatewatch.events.Topic;
import io.estatewatch.reporting.projection.ProjectionPointer;
import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.EventFeed;
import io.estatewatch.reporting.support.EventLog;
import io.estatewatch.reporting.support.Published;
import io.estatewatch.reporting.support.ReferenceHalfYear;
import io.estatewatch.reporting.support.ReportingServiceTest;
import io.estatewatch.testkit.TestInfrastructure;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load benchmark of the fold on the testkit's broker and Mongo wire protocol, in one run and on the same topic:
 * <ol>
 * <li>the raw consumer rate: a plain consumer reading the records and doing nothing with them;</li>
 * <li>the live fold: the service's Spring Cloud Stream consumer folding them (started after they were published);</li>
 * <li>the same records published again (an outbox re-publishing everything): the guards turn each away;</li>
 * <li>a rebuild: a plain consumer folding the whole log into a new generation.</li>
 * </ol>
 * Not part of the build: {@code ./mvnw -pl reporting-service verify -Pbenchmark [-Dbenchmark.complaints=4000]}.
 * Writes {@code target/benchmark/fold-throughput.md}.
 */
@Tag("benchmark")
@ReportingServiceTest
@TestPropertySource(properties = "spring.cloud.stream.bindings.reportingEvents-in-0.consumer.auto-startup=false")
class FoldThroughputBenchmark {

    static final String BINDING = "reportingEvents-in-0";
    static final int COMPLAINTS = Integer.getInteger("benchmark.complaints", 4_000);

    @Autowired
    EventFeed feed;

    @Autowired
    Api api;

    @Autowired
    BindingsLifecycleController bindings;

    @Autowired
    ProjectionPointer pointer;

    @Test
    void foldThroughputBesideTheRawConsumerRate() throws IOException {
        List<Published> events = complaints(COMPLAINTS);
        long published = time(() -> feed.publish(events));

        long raw = time(() -> readAll(Topic.COMPLAINT.topicName(), events.size()));

        bindings.start(BINDING);
        long live = time(feed::awaitFolded);
        JsonNode summary = api.get(Api.ADMIN, "/api/v1/reports/summary?from=2014-01-01&to=2014-12-31").json();
        assertThat(summary.at("/complaints/total").asLong()).isEqualTo(COMPLAINTS);

        long again = time(() -> {
            feed.publish(events);
            feed.awaitFolded();
        });
        assertThat(api.get(Api.ADMIN, "/api/v1/reports/summary?from=2014-01-01&to=2014-12-31").json())
                .isEqualTo(summary);

        Api.Reply started = api.post(Api.ADMIN, "/api/v1/admin/projections/rebuild");
        long rebuild = time(() -> Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(Api.ADMIN, started.location()).json().at("/state").asString().equals("DONE")));
        JsonNode status = api.get(Api.ADMIN, started.location()).json();
        assertThat(api.get(Api.ADMIN, "/api/v1/reports/summary?from=2014-01-01&to=2014-12-31").json())
                .isEqualTo(summary);

        int n = events.size();
        String report = String.format(Locale.ROOT, """
                # Fold throughput (%s)

                %d complaints, %d complaint events on `%s` (3 partitions), broker and MongoDB: %s (testkit), %d cores.

                | what | events | seconds | events/s |
                |---|---:|---:|---:|
                | publish (idempotent producer, acks=all) | %d | %.2f | %.0f |
                | raw consumer (plain KafkaConsumer, no processing) | %d | %.2f | %.0f |
                | live fold (Spring Cloud Stream consumer in batch mode, batched exact fold) | %d | %.2f | %.0f |
                | the same events again (outbox re-publication: every guard refuses) | %d | %.2f | %.0f |
                | rebuild (plain consumer, batched exact fold, whole log into a new generation) | %d | %.2f | %.0f |

                The rebuild's own figure: %s events/s over %s events.
                """, java.time.LocalDate.now(), COMPLAINTS, n, Topic.COMPLAINT.topicName(),
                TestInfrastructure.get().kind(), Runtime.getRuntime().availableProcessors(),
                n, seconds(published), rate(n, published),
                n, seconds(raw), rate(n, raw),
                n, seconds(live), rate(n, live),
                n, seconds(again), rate(n, again),
                status.at("/eventsDone").asLong(), seconds(rebuild), rate(status.at("/eventsDone").asLong(), rebuild),
                status.at("/eventsPerSecond").asString(), status.at("/eventsDone").asString());
        Path out = Path.of("target", "benchmark", "fold-throughput.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** {@code count} complaints of the reference half-year's shape, all received in 2014. */
    static List<Published> complaints(int count) {
        EventLog log = new EventLog();
        ReferenceHalfYear.complaintEvents(log, count, "bench-", 2014);
        return log.events();
    }

    static void readAll(String topic, int count) {
        try (KafkaConsumer<String, byte[]> consumer = TestInfrastructure.get().rawConsumer("raw-benchmark")) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            while (read < count) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
    }

    static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double rate(long events, long nanos) {
        return events / seconds(nanos);
    }
}
