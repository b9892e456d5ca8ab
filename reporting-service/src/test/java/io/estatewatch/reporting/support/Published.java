package io.estatewatch.reporting.support;

import io.estatewatch.events.DomainEvent;

/** An event with its aggregate's event number ({@code ce_sequence}), as an outbox would publish it. */
public record Published(DomainEvent event, long sequence) {
}
