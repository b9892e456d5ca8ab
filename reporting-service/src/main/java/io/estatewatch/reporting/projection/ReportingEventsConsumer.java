package io.estatewatch.reporting.projection;

import io.estatewatch.servicekit.consume.EventEnvelope;
import io.estatewatch.servicekit.consume.EventEnvelopeReader;
import io.estatewatch.servicekit.consume.UnreadableEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one consumer of every topic (binding {@code reportingEvents-in-0}, in batch mode): each poll's records are read
 * as CloudEvents (types this service does not know are skipped) and folded exactly once, a batch at a time
 * ({@link ProjectionFold#apply(List)}).
 *
 * <p>A record that cannot be read stops the batch there: the records before it are folded, and the binder is told
 * which record failed ({@link BatchListenerFailedException}), so that it commits the ones before, retries from that one
 * and, when it keeps failing, sends just that record to the dead-letter topic and goes on with the rest. A failure of
 * the fold itself fails the batch; folding it again changes nothing that was already applied.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingEventsConsumer {

    /**
     * Typed {@code Message<?>} on purpose: declared as {@code Message<List<byte[]>>}, Spring Cloud Function converts
     * the batch by its JSON content type and hands over an empty list.
     */
    @Bean
    Consumer<Message<?>> reportingEvents(EventEnvelopeReader reader, ProjectionFold fold) {
        return batch -> {
            List<?> payloads = (List<?>) batch.getPayload();
            List<EventEnvelope> envelopes = new ArrayList<>(payloads.size());
            for (int i = 0; i < payloads.size(); i++) {
                Optional<EventEnvelope> envelope;
                try {
                    envelope = reader.read(record(batch, payloads, i));
                } catch (UnreadableEventException unreadable) {
                    fold.apply(envelopes);
                    throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, i);
                }
                envelope.ifPresent(envelopes::add);
            }
            fold.apply(envelopes);
        };
    }

    /** Record {@code index} of a batch as the binder would deliver it alone: its own headers and where it was read. */
    static Message<?> record(Message<?> batch, List<?> payloads, int index) {
        MessageHeaders headers = batch.getHeaders();
        MessageBuilder<?> record = MessageBuilder.withPayload(payloads.get(index));
        if (headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS) instanceof List<?> converted
                && converted.get(index) instanceof Map<?, ?> own) {
            own.forEach((name, value) -> record.setHeader(String.valueOf(name), value));
        }
        for (String name : List.of(KafkaHeaders.RECEIVED_TOPIC, KafkaHeaders.RECEIVED_PARTITION, KafkaHeaders.OFFSET,
                KafkaHeaders.RECEIVED_KEY)) {
            Object value = headers.get(name);
            record.setHeader(name, value instanceof List<?> values && values.size() > index ? values.get(index) : null);
        }
        return record.build();
    }
}
