package io.estatewatch.reporting.projection;

import io.estatewatch.servicekit.consume.EventEnvelope;

/** An event that was read but whose own fold fails: the reason its record is retried and then dead-lettered. */
public class UnfoldableEventException extends RuntimeException {

    public UnfoldableEventException(EventEnvelope envelope, Throwable failure) {
        super("event " + envelope.id() + " (" + envelope.type() + ", " + envelope.subject() + " #"
                + envelope.sequence() + ") cannot be folded: " + failure.getMessage(), failure);
    }
}
