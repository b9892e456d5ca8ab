package io.estatewatch.reporting.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Dead letters of the batch binding, one record at a time.
 *
 * <p>In batch mode the binder neither retries nor dead-letters one record: its own DLQ sends every record of the failed
 * poll. So retry and DLQ move into the listener container, as Spring Cloud Stream documents for a
 * {@link ListenerContainerWithDlqAndRetryCustomizer} (the binder then leaves the batch binding's errors to the
 * container): spring-kafka's {@link DefaultErrorHandler} reads the index of the record the consumer names in a
 * {@link BatchListenerFailedException}, commits the records before it, retries that record with the binding's back-off
 * ({@code max-attempts}, {@code back-off-*}; {@code retryable-exceptions} says what is not worth retrying), then
 * publishes it alone to the binding's dead-letter topic through the binder's own destination resolver
 * ({@code dlq-name}, {@code dlq-partitions}) and redelivers the records after it. The dead letter carries the headers
 * the binder's DLQ writes: {@code x-original-*} and the poison's reason in {@code x-exception-*}.
 *
 * <p>Any other failure of a batch (the store unreachable) is retried as a whole with the same back-off and then
 * dead-letters the whole batch, as the binder did.
 */
@Component
public class BatchDeadLetters implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    static final String EXCEPTION_FQCN = "x-exception-fqcn";
    static final String EXCEPTION_MESSAGE = "x-exception-message";
    static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";
    private static final Logger log = LoggerFactory.getLogger(BatchDeadLetters.class);

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> deadLetters;

    public BatchDeadLetters(KafkaProperties kafka) {
        // The records are dead-lettered as they were read: raw bytes, whatever spring.kafka.producer.* says.
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "reporting-service-dead-letters");
        this.producers = new DefaultKafkaProducerFactory<>(config);
        this.deadLetters = new KafkaTemplate<>(producers);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        // The binder calls the variant below, with the binding's properties; nothing to decide without them.
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        if (properties == null || !properties.isBatchMode() || dlqDestinationResolver == null) {
            // A binding that reads record by record keeps the binder's own retry and DLQ.
            return;
        }
        if (properties.getExtension() == null || properties.getExtension().getDlqName() == null) {
            // The binder's resolver names the topic dlq-name only; without it every dead letter would be refused.
            throw new IllegalStateException("The batch binding of " + destinationName + " has enable-dlq but no "
                    + "dlq-name: name its dead-letter topic");
        }
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                dlqDestinationResolver);
        recoverer.setHeaderNamesSupplier(BatchDeadLetters::binderHeaderNames);
        recoverer.setExceptionHeadersCreator((headers, exception, isKey, names) -> reason(headers, exception));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                backOff == null ? new FixedBackOff(0, 0) : backOff);
        properties.getRetryableExceptions().forEach((type, retryable) -> classify(handler, type, retryable));
        if (!properties.isDefaultRetryable()) {
            handler.defaultFalse();
        }
        handler.setRetryListeners(new Attempts());
        // Attempts says which record failed and why; the container's own report of each seek is a stack trace.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        container.setCommonErrorHandler(handler);
    }

    @SuppressWarnings("unchecked")
    private static void classify(DefaultErrorHandler handler, Class<? extends Throwable> type, Boolean retryable) {
        if (!Exception.class.isAssignableFrom(type)) {
            return;
        }
        if (Boolean.TRUE.equals(retryable)) {
            handler.addRetryableExceptions((Class<? extends Exception>) type);
        } else {
            handler.addNotRetryableExceptions((Class<? extends Exception>) type);
        }
    }

    /** The names the binder's DLQ gives its headers, so that a dead letter reads the same whichever wrote it. */
    private static HeaderNames binderHeaderNames() {
        return HeaderNames.Builder.original()
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .exceptionFqcn(EXCEPTION_FQCN)
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .exceptionMessage(EXCEPTION_MESSAGE)
                .exceptionStacktrace(EXCEPTION_STACKTRACE)
                .keyExceptionFqcn("x-key-exception-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .build();
    }

    /**
     * The poison's own failure, not the wrappers the container and the binding put around it: a dead letter should say
     * what is wrong with the record.
     */
    static Throwable reasonOf(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BatchListenerFailedException named) {
                return named.getCause() == null ? named : named.getCause();
            }
            deepest = cause;
        }
        return deepest;
    }

    static boolean namesItsRecord(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BatchListenerFailedException) {
                return true;
            }
        }
        return false;
    }

    private static void reason(Headers headers, Exception failure) {
        Throwable reason = reasonOf(failure);
        StringWriter trace = new StringWriter();
        reason.printStackTrace(new PrintWriter(trace));
        header(headers, EXCEPTION_FQCN, reason.getClass().getName());
        header(headers, EXCEPTION_MESSAGE, String.valueOf(reason.getMessage()));
        header(headers, EXCEPTION_STACKTRACE, trace.toString());
    }

    private static void header(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    /** Says in the log what happened to a failing record: each failed attempt and its dead-lettering. */
    private static final class Attempts implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
            log.warn("Record {}-{}@{} failed, attempt {}: {}", record.topic(), record.partition(), record.offset(),
                    deliveryAttempt, reasonOf(failure).toString());
        }

        @Override
        public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
            log.error("Record {}-{}@{} sent to the dead-letter topic: {}", record.topic(), record.partition(),
                    record.offset(), reasonOf(failure).toString());
        }

        @Override
        public void recoveryFailed(ConsumerRecord<?, ?> record, Exception failure, Exception publishing) {
            log.error("Record {}-{}@{} could not be dead-lettered ({}); it is tried again", record.topic(),
                    record.partition(), record.offset(), publishing.toString());
        }

        @Override
        public void failedDelivery(ConsumerRecords<?, ?> records, Exception failure, int deliveryAttempt) {
            // A failure that names its record is reported per record above.
            if (!namesItsRecord(failure)) {
                log.warn("A batch of {} records failed, attempt {}: {}", records.count(), deliveryAttempt,
                        reasonOf(failure).toString());
            }
        }

        @Override
        public void recovered(ConsumerRecords<?, ?> records, Exception failure) {
            log.error("A batch of {} records sent to the dead-letter topic: {}", records.count(),
                    reasonOf(failure).toString());
        }

        @Override
        public void recoveryFailed(ConsumerRecords<?, ?> records, Exception failure, Exception publishing) {
            log.error("A batch of {} records could not be dead-lettered ({}); it is tried again", records.count(),
                    publishing.toString());
        }
    }
}
