package io.estatewatch.assessment.round.domain;

import io.estatewatch.assessment.checklist.domain.Scoresheet;
import io.estatewatch.assessment.register.Estate;

import java.time.Instant;

/**
 * An inspector's scoring of one estate, with what follows should it fall below the threshold.
 *
 * @param mediaNote the note of the exposure
 * @param followUp  the ids and dates of the order and interview to issue if it does
 */
public record Scoring(Estate estate, Scoresheet sheet, Instant at, String by, String mediaNote, FollowUp followUp) {
}
