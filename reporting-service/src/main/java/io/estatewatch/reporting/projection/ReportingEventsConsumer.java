package io.estatewatch.reporting.projection;

import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * The one consumer of every topic (binding {@code reportingEvents-in-0}): each record is read as a CloudEvent (types
 * this service does not know are skipped) and folded exactly once. A record that cannot be read goes to the
 * dead-letter topic at once; one that keeps failing, after three attempts.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> reportingEvents(EventEnvelopeReader reader, ProjectionFold fold) {
        return message -> reader.read(message).ifPresent(fold::apply);
    }
}
