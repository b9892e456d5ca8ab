package io.estatewatch.servicekit.consume;

/** A record that can never be folded (missing attributes, malformed data): it goes to the dead-letter topic at once. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableEventException(String message) {
        super(message);
    }
}
