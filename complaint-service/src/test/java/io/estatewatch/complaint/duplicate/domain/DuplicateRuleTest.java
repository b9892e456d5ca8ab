package io.estatewatch.complaint.duplicate.domain;

import io.estatewatch.complaint.duplicate.domain.DuplicateRule.Candidate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuplicateRuleTest {

    static final DuplicateRule SEVEN_DAYS = new DuplicateRule(Duration.ofDays(7));
    static final Instant MARCH_10 = Instant.parse("2022-03-10T02:00:00Z");

    @Test
    void anOpenComplaintWithinTheWindowIsTheOriginal() {
        assertThat(SEVEN_DAYS.originalOf(MARCH_10, List.of(new Candidate("a", Instant.parse("2022-03-05T02:00:00Z"), null))))
                .contains("a");
    }

    @Test
    void aComplaintOlderThanTheWindowIsNoDuplicate() {
        assertThat(SEVEN_DAYS.originalOf(MARCH_10, List.of(new Candidate("a", Instant.parse("2022-03-03T01:59:59Z"), null))))
                .isEmpty();
    }

    @Test
    void aBackDatedPushRepeatsALaterComplaintWithinTheWindowToo() {
        assertThat(SEVEN_DAYS.originalOf(MARCH_10, List.of(new Candidate("later", Instant.parse("2022-03-12T02:00:00Z"), null))))
                .contains("later");
    }

    @Test
    void theEarliestOriginalIsPreferredOverAnEarlierFlaggedDuplicate() {
        List<Candidate> candidates = List.of(
                new Candidate("dup", Instant.parse("2022-03-04T02:00:00Z"), "elsewhere"),
                new Candidate("second", Instant.parse("2022-03-08T02:00:00Z"), null),
                new Candidate("first", Instant.parse("2022-03-06T02:00:00Z"), null));

        assertThat(SEVEN_DAYS.originalOf(MARCH_10, candidates)).contains("first");
    }

    @Test
    void withoutCandidatesThereIsNoDuplicate() {
        assertThat(SEVEN_DAYS.originalOf(MARCH_10, List.of())).isEmpty();
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new DuplicateRule(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
