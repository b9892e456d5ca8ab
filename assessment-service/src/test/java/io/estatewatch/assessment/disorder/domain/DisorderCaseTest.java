package io.estatewatch.assessment.disorder.domain;

import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.DisorderCaseClosed;
import io.estatewatch.events.assessment.DisorderCaseEscalated;
import io.estatewatch.events.assessment.DisorderCaseOpened;
import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.estatewatch.events.assessment.DisorderStep.COMMUNITY_REPORT;
import static io.estatewatch.events.assessment.DisorderStep.COMPANY_PERSUASION;
import static io.estatewatch.events.assessment.DisorderStep.JOINT_CLEARING;
import static io.estatewatch.events.assessment.DisorderStep.OWNER_NOTICE;
import static io.estatewatch.events.assessment.DisorderStep.TOWING_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisorderCaseTest {

    static final Instant OPENED = Instant.parse("2022-04-01T01:00:00Z");

    final DisorderCase parking = DisorderCase.open("k1", "d1", new EstateParties("e1", "幸福里", "新华街道", null, "c1"),
            "PARKING", "消防车通道停车", "3号楼", OPENED, "wy.zhang", "劝离");

    @Test
    void aCaseOpensWithTheCompanysPersuasion() {
        assertThat(parking.step()).isEqualTo(COMPANY_PERSUASION);
        assertThat(parking.takeEvents()).containsExactly(
                new DisorderCaseOpened("d1", "k1", "e1", "PARKING", COMPANY_PERSUASION, OPENED));
    }

    @Test
    void escalatingMovesToTheNextStepEachDated() {
        parking.takeEvents();

        assertThat(parking.escalate(null, at(1), "wy.zhang", "告知车主")).isEqualTo(OWNER_NOTICE);
        assertThat(parking.escalate(null, at(2), "wy.zhang", null)).isEqualTo(COMMUNITY_REPORT);

        assertThat(parking.steps()).extracting(StepTaken::step)
                .containsExactly(COMPANY_PERSUASION, OWNER_NOTICE, COMMUNITY_REPORT);
        assertThat(parking.takeEvents()).containsExactly(
                new DisorderCaseEscalated("d1", "k1", "e1", "PARKING", OWNER_NOTICE, at(1)),
                new DisorderCaseEscalated("d1", "k1", "e1", "PARKING", COMMUNITY_REPORT, at(2)));
    }

    @Test
    void aStepMayBeSkippedButNeverTakenBack() {
        parking.escalate(JOINT_CLEARING, at(1), "jd.li", "集中清理");

        assertThatThrownBy(() -> parking.escalate(OWNER_NOTICE, at(2), "jd.li", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parking.escalate(JOINT_CLEARING, at(2), "jd.li", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void thereIsNoStepAfterTheTowingRequest() {
        parking.escalate(TOWING_REQUEST, at(1), "jd.li", null);

        assertThatThrownBy(() -> parking.escalate(null, at(2), "jd.li", null))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).properties())
                        .containsEntry("currentState", "TOWING_REQUEST"));
    }

    @Test
    void closingPublishesTheStepThatClearedItAndEndsTheCase() {
        parking.escalate(null, at(1), "wy.zhang", null);
        parking.takeEvents();

        parking.close(at(2), "已清理");

        assertThat(parking.status()).isEqualTo(DisorderCaseStatus.CLOSED);
        assertThat(parking.takeEvents()).containsExactly(
                new DisorderCaseClosed("d1", "k1", "e1", "PARKING", OWNER_NOTICE, at(2)));
        assertThatThrownBy(() -> parking.escalate(null, at(3), "wy.zhang", null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> parking.close(at(3), null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aStepDatedBeforeTheLastIsRefused() {
        assertThatThrownBy(() -> parking.escalate(null, OPENED.minusSeconds(1), "wy.zhang", null))
                .isInstanceOf(InvalidInputException.class);
    }

    static Instant at(int days) {
        return OPENED.plus(Duration.ofDays(days));
    }

}
