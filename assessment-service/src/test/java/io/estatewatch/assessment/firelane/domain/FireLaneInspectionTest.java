package io.estatewatch.assessment.firelane.domain;

import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.FireLaneInspected;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FireLaneInspectionTest {

    static final Instant AT = Instant.parse("2022-05-01T01:00:00Z");
    static final EstateParties ESTATE = new EstateParties("e1", "幸福里", "新华街道", null, "c1");
    static final LaneFeature OK = new LaneFeature(true, true);

    @Test
    void aFeatureAbsentOrBelowStandardIsAGapAndPublishedAsNotOk() {
        FireLaneInspection inspection = new FireLaneInspection("f1", "d1", ESTATE, new LaneFeature(true, false),
                new LaneFeature(false, false), OK, List.of("标线褪色"), null, "li.wei", AT);

        assertThat(inspection.gaps()).containsExactly("MARKINGS", "SIGNS");
        assertThat(inspection.complete()).isFalse();
        assertThat(inspection.event()).isEqualTo(
                new FireLaneInspected("d1", "f1", "e1", false, false, true, List.of("标线褪色"), AT));
    }

    @Test
    void aLaneWithEverythingPresentAndToStandardIsComplete() {
        assertThat(new FireLaneInspection("f1", "d1", ESTATE, OK, OK, OK, null, null, "li.wei", AT).complete()).isTrue();
    }

    @Test
    void somethingAbsentCannotBeToStandard() {
        assertThatThrownBy(() -> new FireLaneInspection("f1", "d1", ESTATE, OK, new LaneFeature(false, true), OK,
                List.of(), null, "li.wei", AT)).isInstanceOf(InvalidInputException.class);
    }
}
