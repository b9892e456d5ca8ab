package io.estatewatch.renovation.project.persistence;

import io.estatewatch.events.renovation.RenovationType;

/**
 * What a project listing asks for; null fields do not filter.
 *
 * @param state a milestone code, or {@code PLANNED} for projects that reached none
 */
public record ProjectFilter(String districtId, String programme, RenovationType type, String state, String estateId) {
}
