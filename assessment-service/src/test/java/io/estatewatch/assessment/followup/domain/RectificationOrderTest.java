package io.estatewatch.assessment.followup.domain;

import io.estatewatch.assessment.followup.domain.RectificationOrder.Findings;
import io.estatewatch.assessment.followup.domain.RectificationOrder.Outcome;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.RectificationFailed;
import io.estatewatch.events.assessment.RectificationOrdered;
import io.estatewatch.events.assessment.RectificationVerified;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RectificationOrderTest {

    static final Instant ORDERED = Instant.parse("2022-03-10T02:00:00Z");
    static final Instant DUE = ORDERED.plus(Duration.ofDays(15));
    static final Duration EXTENSION = Duration.ofDays(15);
    static final EstateParties ESTATE = new EstateParties("e1", "幸福里", "新华街道", "幸福社区", "c1");

    final RectificationOrder order = RectificationOrder.issue("o1", "d1", "r1", ESTATE, List.of(
            new OrderItem("SAN-01", "清扫保洁", BigDecimal.ZERO, BigDecimal.TEN, false),
            new OrderItem("FIRE-01", "消防车通道", BigDecimal.ONE, new BigDecimal("8"), false)), ORDERED, DUE);

    @Test
    void issuingAnOrderPublishesRectificationOrderedWithItsItemsAndDeadline() {
        assertThat(order.status()).isEqualTo(RectificationStatus.ORDERED);
        assertThat(order.takeEvents()).containsExactly(new RectificationOrdered("d1", "o1", "r1", "e1", "c1",
                List.of("SAN-01", "FIRE-01"), DUE, ORDERED));
    }

    @Test
    void aVerifiedReInspectionRectifiesEveryItemAndPublishesRectificationVerified() {
        order.takeEvents();
        Instant at = ORDERED.plus(Duration.ofDays(14));

        assertThat(order.reInspect(findings(Outcome.VERIFIED, Map.of(), at), EXTENSION))
                .isEqualTo(RectificationStatus.VERIFIED);

        assertThat(order.items()).allMatch(OrderItem::rectified);
        assertThat(order.takeEvents()).containsExactly(new RectificationVerified("d1", "o1", "e1", at));
    }

    @Test
    void aFailedReInspectionEscalatesTheOrderAndGivesItANewDeadline() {
        order.takeEvents();
        Instant at = DUE.plus(Duration.ofDays(1));

        assertThat(order.reInspect(findings(Outcome.FAILED, Map.of(), at), EXTENSION))
                .isEqualTo(RectificationStatus.ESCALATED);

        assertThat(order.escalations()).isEqualTo(1);
        assertThat(order.dueAt()).isEqualTo(at.plus(EXTENSION));
        assertThat(order.reInspections()).singleElement()
                .satisfies(r -> assertThat(r.stillOpen()).containsExactly("SAN-01", "FIRE-01"));
        assertThat(order.takeEvents()).containsExactly(new RectificationFailed("d1", "o1", "e1", true, at));
    }

    @Test
    void theOutcomeFollowsTheItemsWhenNoneIsGivenAcrossReInspections() {
        Instant first = ORDERED.plus(Duration.ofDays(10));
        assertThat(order.reInspect(findings(null, Map.of("SAN-01", true), first), EXTENSION))
                .isEqualTo(RectificationStatus.ESCALATED);

        assertThat(order.reInspect(findings(null, Map.of("FIRE-01", true), first.plus(Duration.ofDays(10))), EXTENSION))
                .isEqualTo(RectificationStatus.VERIFIED);
        assertThat(order.escalations()).isEqualTo(1);
    }

    @Test
    void anOrderCannotBeVerifiedWhileItsItemsAreFoundNotRectified() {
        assertThatThrownBy(() -> order.reInspect(findings(Outcome.VERIFIED, Map.of("SAN-01", false),
                ORDERED.plus(Duration.ofDays(3))), EXTENSION)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anItemNotOnTheOrderIsRefused() {
        assertThatThrownBy(() -> order.reInspect(findings(null, Map.of("ORD-01", true), ORDERED.plus(Duration.ofDays(3))),
                EXTENSION)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aVerifiedOrderIsNotReInspectedAgain() {
        order.reInspect(findings(Outcome.VERIFIED, Map.of(), ORDERED.plus(Duration.ofDays(3))), EXTENSION);

        assertThatThrownBy(() -> order.reInspect(findings(Outcome.FAILED, Map.of(), ORDERED.plus(Duration.ofDays(4))),
                EXTENSION))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).properties()).containsEntry("currentState", "VERIFIED"));
    }

    @Test
    void aReInspectionBeforeTheOrderIsRefused() {
        assertThatThrownBy(() -> order.reInspect(findings(Outcome.VERIFIED, Map.of(), ORDERED.minusSeconds(1)), EXTENSION))
                .isInstanceOf(InvalidInputException.class);
    }

    static Findings findings(Outcome outcome, Map<String, Boolean> rectified, Instant at) {
        return new Findings(outcome, rectified, at, "li.wei", null, null);
    }
}
