package io.estatewatch.reporting.projection;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintResponded;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateManagementEnded;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.EstateUpdated;
import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.EventFeed;
import io.estatewatch.reporting.support.Published;
import io.estatewatch.reporting.support.ReportingServiceTest;
import io.estatewatch.testkit.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The live fold on the real broker: exact under redelivery, tolerant of poison, measured by its lag. */
@ReportingServiceTest
class FoldTest {

    static final String DLQ = "estatewatch.reporting-service.dlq";

    @Autowired
    Api api;

    @Autowired
    EventFeed feed;

    @Autowired
    ConsumerLag lag;

    @Autowired
    MeterRegistry meters;

    @Test
    void aComplaintCountsInTheStreetOfItsEstateEvenWhenTheEstateIsRegisteredAfterIt() {
        Instant received = Instant.parse("2018-03-01T02:00:00Z");
        feed.publish(new Published(new ComplaintReceived("district-fold", "cmp-fold-1", "N1", Channel.MAYOR_HOTLINE,
                "x-1", ComplaintCategory.NOISE, "est-fold-1", null, null, null, null, null, null, received), 1));
        feed.awaitFolded();
        String summary = "/api/v1/reports/summary?from=2018-03-01&to=2018-03-31&street=北门街道";
        assertThat(api.get(Api.OFFICER, summary).json().at("/complaints/total").asLong()).isZero();

        feed.publish(new Published(new EstateRegistered("district-fold", "est-fold-1", "北门小区", List.of(), "北门街道",
                "社区", "路", 1, 100, 1000, 2000, false, Instant.parse("2018-04-01T00:00:00Z")), 1));
        feed.awaitFolded();

        assertThat(api.get(Api.OFFICER, summary).json().at("/complaints/total").asLong()).isEqualTo(1);
    }

    @Test
    void anEstatesStreetAndCompanyJoinAsTheyStoodAtTheMomentOfTheReport() {
        Instant registered = Instant.parse("2019-01-01T00:00:00Z");
        feed.publish(
                new Published(new EstateRegistered("district-fold", "est-fold-2", "西门小区", List.of(), "西门街道", "社区",
                        "路", 1, 100, 1000, 2000, false, registered), 1),
                new Published(new EstateManagementAssigned("district-fold", "est-fold-2", "co-fold-a", "f-1",
                        registered), 2),
                new Published(new ComplaintReceived("district-fold", "cmp-fold-3", "N4", Channel.MAYOR_HOTLINE, "x-4",
                        ComplaintCategory.REPAIRS, "est-fold-2", null, null, null, null, null, null,
                        Instant.parse("2019-03-01T02:00:00Z")), 1),
                new Published(new EstateUpdated("district-fold", "est-fold-2", "西门小区", List.of(), "北关街道", "社区",
                        "路", 1, 100, 1000, 2000, false, Instant.parse("2019-04-01T00:00:00Z")), 3),
                new Published(new EstateManagementEnded("district-fold", "est-fold-2", "co-fold-a", "f-2",
                        Instant.parse("2019-04-01T00:00:00Z")), 4));
        feed.awaitFolded();
        String march = "/api/v1/reports/rates?level=street&from=2019-03-01&to=2019-03-31";

        assertThat(api.get(Api.OFFICER, march + "&asOf=2019-03-15").json().at("/groups/0/street").asString())
                .isEqualTo("西门街道");
        assertThat(api.get(Api.OFFICER, march).json().at("/groups/0/street").asString()).isEqualTo("北关街道");
        assertThat(api.get(Api.OFFICER, "/api/v1/reports/rates?level=company&from=2019-03-01&to=2019-03-31")
                .json().at("/groups/0/company").asString())
                .as("the company managing the estate when the complaint was received").isEqualTo("co-fold-a");
    }

    @Test
    void aRedeliveredEventChangesNothingButTheNextOneOfItsAggregateCounts() {
        Instant received = Instant.parse("2017-01-05T02:00:00Z");
        Published receivedEvent = new Published(new ComplaintReceived("district-fold", "cmp-fold-2", "N2",
                Channel.VISIT_CALL, "x-2", ComplaintCategory.FEES, "est-none", "南门街道", null, null, null, null, null,
                received), 1);
        Published responded = new Published(new ComplaintResponded("district-fold", "cmp-fold-2", "a",
                received.plusSeconds(3600)), 2);
        feed.publish(receivedEvent, receivedEvent, responded, receivedEvent, responded);
        feed.awaitFolded();

        var summary = api.get(Api.OFFICER, "/api/v1/reports/summary?from=2017-01-01&to=2017-01-31").json();
        assertThat(summary.at("/complaints/total").asLong()).isEqualTo(1);
        assertThat(summary.at("/complaints/rates/response").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicWithItsReasonAndTheFoldGoesOn() {
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>("estatewatch.complaint.events", "cmp-poison",
                "{not json".getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_id", "poison-1".getBytes(StandardCharsets.UTF_8))
                .add("ce_type", "estatewatch.complaint.received.v1".getBytes(StandardCharsets.UTF_8))
                .add("ce_subject", "cmp-poison".getBytes(StandardCharsets.UTF_8))
                .add("ce_sequence", "1".getBytes(StandardCharsets.UTF_8))
                .add("ce_time", "2016-01-01T00:00:00Z".getBytes(StandardCharsets.UTF_8));
        feed.publishRaw(poison);
        Instant received = Instant.parse("2016-01-02T02:00:00Z");
        feed.publish(new Published(new ComplaintReceived("district-fold", "cmp-after-poison", "N3",
                Channel.CITIZEN_FORUM, "x-3", ComplaintCategory.OTHER, "est-none", "南门街道", null, null, null, null,
                null, received), 1));
        feed.awaitFolded();

        // The poison's dead-lettering may still hold the batch behind it: wait, with a bound, for the fold to go on.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get(Api.OFFICER, "/api/v1/reports/summary?from=2016-01-01&to=2016-01-31").json()
                        .at("/complaints/total").asLong()).isEqualTo(1));
        TestInfrastructure.get().createTopics(DLQ);
        try (KafkaConsumer<String, byte[]> consumer = TestInfrastructure.get().rawConsumer("dlq-reader")) {
            consumer.subscribe(List.of(DLQ));
            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(dead::add);
                return dead.stream().anyMatch(r -> "cmp-poison".equals(r.key()));
            });
            ConsumerRecord<String, byte[]> record = dead.stream().filter(r -> "cmp-poison".equals(r.key()))
                    .findFirst().orElseThrow();
            assertThat(new String(record.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8))
                    .contains("poison-1");
        }
    }

    @Test
    void eachProjectionsLagIsAGaugeThatReadsZeroOnceEverythingIsFolded() {
        feed.awaitFolded();
        lag.refresh();

        double complaints = meters.get(ConsumerLag.METER).tag("projection", "complaints").gauge().value();
        double estates = meters.get(ConsumerLag.METER).tag("projection", "estates")
                .tag("topic", "estatewatch.register.events").gauge().value();
        assertThat(complaints).isZero();
        assertThat(estates).isZero();
        assertThat(meters.find(ConsumerLag.METER).gauges()).hasSize(Projection.values().length);
    }
}
