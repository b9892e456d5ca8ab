package io.estatewatch.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The wire contract of a {@link DomainEvent}: read by the outbox, the consumers and the catalogue generator. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    /** The logical type, {@code estatewatch.<context>.<fact>.v<version>}; never the Java class name. */
    String type();

    Topic topic();

    /** The record component whose value is the Kafka key and the CloudEvents subject. */
    String key();

    /** What the event means, in one sentence, for the catalogue. */
    String meaning();
}
