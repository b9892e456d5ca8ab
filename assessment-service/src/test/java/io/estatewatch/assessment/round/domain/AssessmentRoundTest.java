package io.estatewatch.assessment.round.domain;

import io.estatewatch.assessment.checklist.domain.Checklist;
import io.estatewatch.assessment.checklist.domain.DefaultChecklist;
import io.estatewatch.assessment.checklist.domain.ItemMark;
import io.estatewatch.assessment.register.Estate;
import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.assessment.AssessmentResultsPublished;
import io.estatewatch.events.assessment.AssessmentRoundOpened;
import io.estatewatch.events.assessment.EstateExposed;
import io.estatewatch.events.assessment.EstateScored;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentRoundTest {

    static final Instant OPENED = Instant.parse("2022-03-01T01:00:00Z");
    static final Instant SCORED = Instant.parse("2022-03-10T02:00:00Z");
    static final Checklist CHECKLIST = DefaultChecklist.civilisedCity(OPENED);
    static final Estate XINHUA_1 = new Estate("e1", "幸福里", "新华街道", "幸福社区", "c1");
    static final Estate XINHUA_2 = new Estate("e2", "明月苑", "新华街道", "明月社区", "c2");
    static final Estate CHENGGUAN_1 = new Estate("e3", "和平小区", "城关街道", "和平社区", "c1");

    final AssessmentRound round = AssessmentRound.open(new RoundPlan("r1", "d1", "2022-Q1", CHECKLIST.id(),
            new BigDecimal("60"), List.of(), List.of("e1", "e2", "e3"), List.of("li.wei"), OPENED, null));

    @Test
    void openingARoundPublishesAssessmentRoundOpenedWithItsEstatesAndChecklistVersion() {
        assertThat(round.takeEvents()).containsExactly(new AssessmentRoundOpened("d1", "r1", "2022-Q1",
                "civilised-city-v1", List.of("e1", "e2", "e3"), OPENED));
    }

    @Test
    void anEstateBelowTheThresholdIsExposedAndItsFollowUpsBecomePending() {
        round.takeEvents();

        Scorecard card = round.score(scoring(XINHUA_1, "59.5"));

        assertThat(card.exposed()).isTrue();
        assertThat(card.mediaNote()).isEqualTo("曝光");
        assertThat(round.pendingFollowUps()).containsExactly("e1");
        List<DomainEvent> events = round.takeEvents();
        assertThat(events).hasSize(2);
        EstateScored scored = (EstateScored) events.get(0);
        assertThat(scored.total()).isEqualByComparingTo("59.5");
        assertThat(scored.street()).isEqualTo("新华街道");
        assertThat(scored.companyId()).isEqualTo("c1");
        assertThat(scored.occurredAt()).isEqualTo(SCORED);
        assertThat(events.get(1)).isEqualTo(new EstateExposed("d1", "r1", "e1", new BigDecimal("59.5"), "曝光", SCORED));
    }

    @Test
    void anEstateAtExactlyTheThresholdIsNotExposed() {
        round.takeEvents();

        Scorecard card = round.score(scoring(XINHUA_1, "60"));

        assertThat(card.exposed()).isFalse();
        assertThat(card.followUp()).isNull();
        assertThat(round.pendingFollowUps()).isEmpty();
        assertThat(round.takeEvents()).singleElement().isInstanceOf(EstateScored.class);
    }

    @Test
    void aRoundsOwnThresholdDecides() {
        AssessmentRound strict = AssessmentRound.open(new RoundPlan("r2", "d1", "strict", CHECKLIST.id(),
                new BigDecimal("80"), List.of(), List.of("e1"), List.of(), OPENED, null));

        assertThat(strict.score(scoring(XINHUA_1, "75")).exposed()).isTrue();
    }

    @Test
    void anEstateIsScoredOnceInARound() {
        round.score(scoring(XINHUA_1, "90"));

        assertThatThrownBy(() -> round.score(scoring(XINHUA_1, "80")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).properties()).containsEntry("currentState", "SCORED"));
    }

    @Test
    void anEstateOutsideTheRoundCannotBeScored() {
        Estate elsewhere = new Estate("e9", "别处", "新华街道", null, null);

        assertThatThrownBy(() -> round.score(scoring(elsewhere, "90"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aScoringDatedBeforeTheRoundOpenedIsRefused() {
        Scoring early = new Scoring(XINHUA_1, CHECKLIST.score(List.of()), OPENED.minusSeconds(1), "li.wei", "曝光",
                followUp(OPENED.minusSeconds(1)));

        assertThatThrownBy(() -> round.score(early)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPublishedRoundTakesNoMoreScoresAndIsNotPublishedTwice() {
        round.score(scoring(XINHUA_1, "90"));
        round.publish(SCORED.plus(Duration.ofDays(5)));
        round.takeEvents();

        assertThatThrownBy(() -> round.score(scoring(XINHUA_2, "90")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).properties()).containsEntry("currentState", "PUBLISHED"));
        assertThatThrownBy(() -> round.publish(SCORED.plus(Duration.ofDays(6)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void publishingPublishesAssessmentResultsPublished() {
        round.score(scoring(XINHUA_1, "90"));
        round.takeEvents();

        round.publish(SCORED.plus(Duration.ofDays(5)));

        assertThat(round.published()).isTrue();
        assertThat(round.takeEvents()).containsExactly(
                new AssessmentResultsPublished("d1", "r1", "2022-Q1", SCORED.plus(Duration.ofDays(5))));
    }

    @Test
    void aRoundWithoutScoresHasNothingToPublish() {
        assertThatThrownBy(() -> round.publish(SCORED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void resultsAreRankedWithinEachStreetAndAcrossTheDistrictEqualTotalsSharingARank() {
        round.score(scoring(XINHUA_1, "88"));
        round.score(scoring(XINHUA_2, "92.5"));
        round.score(scoring(CHENGGUAN_1, "92.5"));

        List<Standing> ranking = round.ranking();

        assertThat(ranking).extracting(s -> s.scorecard().estate().id()).containsExactly("e3", "e2", "e1");
        assertThat(ranking).extracting(Standing::streetRank).containsExactly(1, 1, 2);
        assertThat(ranking).extracting(Standing::districtRank).containsExactly(1, 1, 3);
    }

    static Scoring scoring(Estate estate, String total) {
        BigDecimal lost = new BigDecimal("100").subtract(new BigDecimal(total));
        // Take the lost points from the first items, each down to 0 before the next.
        List<ItemMark> marks = new java.util.ArrayList<>();
        for (var item : CHECKLIST.items()) {
            if (lost.signum() <= 0) {
                break;
            }
            BigDecimal taken = lost.min(item.maximum());
            marks.add(new ItemMark(item.code(), item.maximum().subtract(taken), List.of(), null, List.of()));
            lost = lost.subtract(taken);
        }
        return new Scoring(estate, CHECKLIST.score(marks), SCORED, "li.wei", "曝光", followUp(SCORED));
    }

    static FollowUp followUp(Instant at) {
        return new FollowUp("order-1", "interview-1", at.plus(Duration.ofDays(15)), at.plus(Duration.ofDays(7)));
    }
}
