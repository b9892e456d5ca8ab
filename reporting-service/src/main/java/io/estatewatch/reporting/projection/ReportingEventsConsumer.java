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
 * <p>A poison record fails alone. The records before it are folded, and the container is told which record failed
 * ({@link BatchListenerFailedException} with its index in the poll): it commits the records before, retries that one
 * and, when it keeps failing, sends just that record to the dead-letter topic and redelivers the rest (service-kit's
 * {@link io.estatewatch.servicekit.consume.DeadLetters}). A record is poison when it cannot be read ({@link UnreadableEventException}: dead-lettered at
 * once; any other failure to read it is retried first) or when its own fold fails: a batch whose fold fails is folded
 * again one record at a time, which finds it. A store that cannot be reached is no record's fault: that failure fails
 * the whole batch, which the container delivers again, whole, until the store is back.
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
            List<Read> read = new ArrayList<>(payloads.size());
            for (int i = 0; i < payloads.size(); i++) {
                Optional<EventEnvelope> envelope;
                try {
                    envelope = reader.read(record(batch, payloads, i));
                } catch (RuntimeException unreadable) {
                    fold(fold, read);
                    throw new BatchListenerFailedException(String.valueOf(unreadable.getMessage()), unreadable, i);
                }
                if (envelope.isPresent()) {
                    read.add(new Read(i, envelope.get()));
                }
            }
            fold(fold, read);
        };
    }

    /**
     * Folds the records read, in order. When the batch fold fails for a reason that may be one record's, the records
     * are folded one at a time (those already folded change nothing): the first that fails is named to the container,
     * after every record before it was folded ({@link PoisonSearch}).
     */
    static void fold(ProjectionFold fold, List<Read> read) {
        PoisonSearch.fold(read, reads -> fold.apply(reads.stream().map(Read::envelope).toList()), (one, poison) -> {
            throw attributed(one, poison);
        });
    }

    private static RuntimeException attributed(Read one, RuntimeException failure) {
        UnfoldableEventException unfoldable = new UnfoldableEventException(one.envelope(), failure);
        return new BatchListenerFailedException(unfoldable.getMessage(), unfoldable, one.index());
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

    /** An event read from the poll, with its record's index there. */
    record Read(int index, EventEnvelope envelope) {
    }
}
