package io.estatewatch.assessment.firelane.domain;

/**
 * One of the three things a fire lane (消防车通道) must have: markings (标线), signs (标志) or boards (标识).
 *
 * @param present    whether it is there at all
 * @param toStandard whether it meets the standard (colour, size, wording, position)
 */
public record LaneFeature(boolean present, boolean toStandard) {

    public boolean ok() {
        return present && toStandard;
    }
}
