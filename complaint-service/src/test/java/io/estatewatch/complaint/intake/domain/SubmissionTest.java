package io.estatewatch.complaint.intake.domain;

import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SubmissionTest {

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    static final Duration SKEW = Duration.ofMinutes(2);

    static Submission.Raw raw(String channel, String receivedAt, String category, String description, String phone) {
        return new Submission.Raw(channel, "12345-1", receivedAt == null ? null : OffsetDateTime.parse(receivedAt),
                "estate-1", null, category, description, "张三", phone);
    }

    static List<FieldProblem> problems(Submission.Raw raw) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> Submission.validate(raw, true, NOW, SKEW)).problems();
    }

    @Test
    void aBackDatedComplaintIsValid() {
        Submission submission = Submission.validate(raw("MAYOR_HOTLINE", "2022-01-04T08:00:00+08:00", "FEES", "物业费",
                "13812345678"), true, NOW, SKEW);

        assertThat(submission.receivedAt()).isEqualTo(Instant.parse("2022-01-04T00:00:00Z"));
        assertThat(submission.phone().digits()).isEqualTo("13812345678");
    }

    @Test
    void anUnknownCodeListsTheAllowedValues() {
        assertThat(problems(raw("FAX", null, "PARKING", "x", null)))
                .containsExactly(new FieldProblem("channel", "has an unknown value 'FAX'; allowed values: VISIT_CALL, "
                        + "CITIZEN_FORUM, CONDUCT_HOTLINE, MAYOR_HOTLINE, PEOPLE_DAILY_BOARD, BUREAU_REFERRAL"));
        assertThat(problems(raw("MAYOR_HOTLINE", null, "LITTER", "x", null)).get(0).message())
                .startsWith("has an unknown value 'LITTER'; allowed values: PARKING, CORRIDOR_CLUTTER");
    }

    @Test
    void aDescriptionOfMoreThanFourThousandCharactersIsRefused() {
        assertThat(Submission.validate(raw("MAYOR_HOTLINE", null, "PARKING", "字".repeat(4000), null), true, NOW, SKEW)
                .description()).hasSize(4000);
        assertThat(problems(raw("MAYOR_HOTLINE", null, "PARKING", "字".repeat(4001), null)))
                .extracting(FieldProblem::field).containsExactly("description");
    }

    @Test
    void aComplaintReceivedInTheFutureIsRefused() {
        assertThat(problems(raw("MAYOR_HOTLINE", "2026-11-28T10:10:00+08:00", "PARKING", "x", null)))
                .containsExactly(new FieldProblem("receivedAt", "must not be in the future"));
        // A client clock a minute ahead is tolerated.
        assertThat(Submission.validate(raw("MAYOR_HOTLINE", "2026-11-28T10:01:00+08:00", "PARKING", "x", null),
                true, NOW, SKEW).receivedAt()).isAfter(NOW);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Submission.Raw raw = new Submission.Raw(null, null, null, null, " ", "NOPE", "", null, "12345");

        assertThat(problems(raw)).extracting(FieldProblem::field).containsExactlyInAnyOrder("channel", "category",
                "externalId", "estateId", "description", "complainant.phone");
    }

    @Test
    void staffNeedNoTicketNumber() {
        Submission.Raw raw = new Submission.Raw("VISIT_CALL", null, null, null, "阳光花园3幢", "NOISE", "夜间噪音", null, null);

        Submission submission = Submission.validate(raw, false, NOW, SKEW);

        assertThat(submission.externalId()).isNull();
        assertThat(submission.receivedAt()).isEqualTo(NOW);
        assertThat(submission.phone()).isNull();
    }
}
