package io.estatewatch.reporting.projection.rebuild;

import java.time.Instant;

/**
 * A rebuild as {@code GET /api/v1/admin/projections/rebuild/{id}} shows it.
 *
 * @param state                RUNNING (replaying into the new generation), SWITCHING (reading to the topics' ends
 *                             with the live fold held, then switching), DONE, FAILED
 * @param eventsTotal          records in the topics when the rebuild started (it grows while switching)
 * @param eventsSkipped        records that could not be read or whose own fold fails (the live consumer
 *                             dead-letters them); each is logged with where it is
 * @param estimatedSecondsLeft null until a rate is known
 */
public record RebuildStatus(String id, String state, long fromGeneration, long toGeneration, Instant startedAt,
                            Instant finishedAt, long eventsTotal, long eventsDone, long eventsSkipped,
                            double eventsPerSecond, Long estimatedSecondsLeft, String error) {
}
