package io.estatewatch.assessment.round;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.Api.Reply;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.PublishedEvents;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.assessment.support.Rounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.estatewatch.assessment.support.Api.ADMIN;
import static io.estatewatch.assessment.support.PublishedEvents.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AssessmentServiceTest
class ConcurrentScoringTest {

    static final String SCORED = "estatewatch.assessment.estate.scored.v1";

    @Autowired
    Api api;
    @Autowired
    Register register;
    @Autowired
    PublishedEvents events;

    @Test
    void inspectorsScoringOneRoundAtOnceAllGetTheirScoresInEachPublishedOnce() throws Exception {
        List<String> estates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            estates.add(register.estate("并发小区" + i, "新华街道", null));
        }
        Rounds rounds = new Rounds(api);
        String round = rounds.open(estates.toArray(String[]::new));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Reply>> scorings = estates.stream().map(estate -> CompletableFuture.supplyAsync(
                    () -> rounds.score(round, estate, 90), pool)).toList();
            for (CompletableFuture<Reply> scoring : scorings) {
                assertThat(scoring.get().status()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(api.get(ADMIN, "/api/v1/assessment/rounds/" + round).is(200).body().get("scored").asInt())
                .isEqualTo(6);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                events.now(round).stream().filter(r -> SCORED.equals(headers(r).get("ce_type"))).count() >= 6);
        assertThat(events.now(round)).extracting(record -> headers(record).get("ce_sequence"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void aRetriedScoringWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        String estate = register.estate("重试小区", "新华街道", null);
        String round = new Rounds(api).open(estate);
        String body = "{\"estateId\":\"" + estate + "\",\"items\":[{\"code\":\"SAN-01\",\"score\":8}]}";

        Reply first = api.send(ADMIN, MockMvcRequestBuilders.post("/api/v1/assessment/rounds/" + round + "/scores")
                .header("Idempotency-Key", "score-" + estate).contentType(MediaType.APPLICATION_JSON).content(body));
        Reply retry = api.send(ADMIN, MockMvcRequestBuilders.post("/api/v1/assessment/rounds/" + round + "/scores")
                .header("Idempotency-Key", "score-" + estate).contentType(MediaType.APPLICATION_JSON).content(body));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().get("total").decimalValue()).isEqualByComparingTo("98");
        assertThat(api.get(ADMIN, "/api/v1/assessment/rounds/" + round).is(200).body().get("scored").asInt())
                .isEqualTo(1);
    }
}
