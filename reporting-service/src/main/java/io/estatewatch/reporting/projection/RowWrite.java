package io.estatewatch.reporting.projection;

import org.springframework.data.mongodb.core.query.Update;

/** One change an event makes to one row. */
public record RowWrite(Projection projection, String id, Update update) {
}
