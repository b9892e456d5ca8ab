package io.estatewatch.assessment.followup.domain;

import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.InterviewHeld;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterviewTest {

    static final Instant SCHEDULED = Instant.parse("2022-03-17T02:00:00Z");
    static final Instant ARRANGED = Instant.parse("2022-03-10T02:00:00Z");

    final Interview interview = Interview.schedule("i1", "d1", "r1",
            new EstateParties("e1", "幸福里", "新华街道", "幸福社区", "c1"), "低于60分", SCHEDULED, ARRANGED);

    @Test
    void schedulingPublishesNothingHoldingPublishesInterviewHeldWithTheParties() {
        assertThat(interview.takeEvents()).isEmpty();

        interview.hold(SCHEDULED, List.of("街道", "社区", "物业"), "限期整改");

        assertThat(interview.status()).isEqualTo(InterviewStatus.HELD);
        assertThat(interview.commitment()).isEqualTo("限期整改");
        assertThat(interview.takeEvents()).containsExactly(
                new InterviewHeld("d1", "i1", "r1", "e1", "c1", "新华街道", "幸福社区", SCHEDULED));
    }

    @Test
    void anInterviewIsHeldOnce() {
        interview.hold(SCHEDULED, List.of(), null);

        assertThatThrownBy(() -> interview.hold(SCHEDULED, List.of(), null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anInterviewIsNotHeldBeforeItWasArranged() {
        assertThatThrownBy(() -> interview.hold(ARRANGED.minusSeconds(60), List.of(), null))
                .isInstanceOf(InvalidInputException.class);
    }
}
