package io.estatewatch.servicekit.consume;

import io.estatewatch.servicekit.error.Causes;
import io.estatewatch.servicekit.store.Outage;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.listener.TimestampedException;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.MessagingException;
import org.springframework.util.StringUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Retries and dead letters of every consuming binding, record and batch mode alike, done by the listener container
 * rather than by the binder, so that a store outage makes the consumer wait instead of dead-lettering healthy events.
 *
 * <p>The binder alone retries a record {@code max-attempts} times whatever the failure and then dead-letters it: an
 * outage longer than three attempts sent healthy events to the dead-letter topic, and the projections missed them.
 * A {@link ListenerContainerWithDlqAndRetryCustomizer} takes both away from the binder ({@link #retryAndDlqInBinding};
 * in batch mode the binder leaves them to it anyway) and is handed the binding's back-off and dead-letter destination.
 * Each container then gets spring-kafka's {@link DefaultErrorHandler}:
 * <ul>
 * <li>A failing record is sought back and delivered again; nothing at or after it is committed meanwhile.</li>
 * <li>While the failure is an {@link Outage} (anywhere in its cause chain) the tries never end, the wait growing from
 * {@code estatewatch.consume.outage-retry-initial} to {@code outage-retry-max} ({@link StoreOutageBackOff}); when the
 * store is back the fold goes on where it stopped, and the exact folds make the redelivery harmless.</li>
 * <li>Any other failure gets the binding's back-off ({@code max-attempts}, {@code back-off-*};
 * {@code retryable-exceptions} says what is not worth retrying), and then the record alone goes to the binding's
 * dead-letter topic through the binder's own destination ({@code dlq-name}, {@code dlq-partitions}), with the headers
 * the binder's DLQ writes: {@code x-original-*}, and the failure as the consumer raised it in
 * {@code x-exception-*}.</li>
 * <li>A batch listener names its poison with a {@link BatchListenerFailedException}: the records before it are
 * committed and the rest delivered again. A batch that fails as a whole for an outage is handled as a failure of its
 * first record: it is delivered again, whole, after the wait. Any other failure of a whole batch is retried in place
 * with the binding's back-off and then dead-letters the batch, as the binder did.</li>
 * </ul>
 * Each failed try is logged at WARN in one line, without a stack trace; each dead letter at ERROR.
 */
public class DeadLetters implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    static final String EXCEPTION_FQCN = "x-exception-fqcn";
    static final String EXCEPTION_MESSAGE = "x-exception-message";
    static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> deadLetters;
    private final ConsumeProperties properties;

    /**
     * @param producerConfig the producer's configuration; the records are dead-lettered as they were read, raw bytes,
     *                       whatever serializers it names
     */
    public DeadLetters(Map<String, Object> producerConfig, ConsumeProperties properties) {
        this.producers = new DefaultKafkaProducerFactory<>(producerConfig, new ByteArraySerializer(),
                new ByteArraySerializer());
        this.deadLetters = new KafkaTemplate<>(producers);
        this.properties = properties;
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        // Every binding's container gets its error handler below; the binder retrying too would multiply the tries.
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        // Without the binding's properties nothing can be decided; and the binder's retries are off.
        throw new IllegalStateException("The Kafka binder did not pass the binding's properties for " + destinationName
                + ": retries and dead letters of this binding would be left to no one");
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff, ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        ContainerProperties containerProperties = container.getContainerProperties();
        if (containerProperties.getKafkaAwareTransactionManager() != null
                || containerProperties.getTransactionManager() != null) {
            // A transactional binding retries and dead-letters through the binder's after-rollback processor.
            return;
        }
        if (binding.getExtension() != null
                && StringUtils.hasText(binding.getExtension().getCommonErrorHandlerBeanName())) {
            // A binding that names its own error handler (common-error-handler-bean-name) keeps it.
            return;
        }
        refuseWhatCannotWork(destinationName, dlqDestinationResolver, binding);
        DeadLetterPublishingRecoverer recoverer = null;
        if (dlqDestinationResolver != null) {
            recoverer = new DeadLetterPublishingRecoverer(deadLetters, dlqDestinationResolver);
            recoverer.setHeaderNamesSupplier(DeadLetters::binderHeaderNames);
            recoverer.setExceptionHeadersCreator((headers, exception, isKey, names) -> reason(headers, exception));
        }
        StoreOutageBackOff backOffs = new StoreOutageBackOff(properties.outageRetryInitial(),
                properties.outageRetryMax(), backOff == null ? new FixedBackOff(0, 0) : backOff);
        ErrorHandler handler = new ErrorHandler(recoverer, backOffs);
        handler.setBackOffFunction((record, failure) -> {
            backOffs.failed(failure);
            // The back-off given to the handler, which asks the failure (above) at each interval.
            return null;
        });
        binding.getRetryableExceptions().forEach((type, retryable) -> classify(handler, type, retryable));
        if (!binding.isDefaultRetryable()) {
            handler.defaultFalse();
        }
        // Waiting for the store is always worth it, whatever else is listed as not retryable.
        Outage.EXCEPTIONS.forEach(handler::addRetryableExceptions);
        handler.setRetryListeners(new Tries(backOffs, recoverer != null));
        // Tries says which record failed and why; the container's own report of each seek is a stack trace.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        container.setCommonErrorHandler(handler);
    }

    private static void refuseWhatCannotWork(String destinationName,
                                             BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlq,
                                             ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        if (dlq == null) {
            return;
        }
        if (binding.getExtension() == null || binding.getExtension().getDlqName() == null) {
            // The binder's resolver names the topic dlq-name only; without it every dead letter would be refused.
            throw new IllegalStateException("The binding of " + destinationName + " has enable-dlq but no dlq-name: "
                    + "name its dead-letter topic");
        }
        if (!binding.isBatchMode() && binding.getMaxAttempts() < 2) {
            // Then the binder keeps its own dead-lettering on the binding's error channel, before the container sees
            // the failure: a store outage would dead-letter every healthy record at once.
            throw new IllegalStateException("The binding of " + destinationName + " reads record by record with "
                    + "max-attempts " + binding.getMaxAttempts() + " and a dead-letter topic: the binder would then "
                    + "dead-letter every failure itself, a store outage's too. Set max-attempts to 2 or more; a record "
                    + "that can never be read still goes at once when its exception is not retryable");
        }
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
     * The failure as the consumer raised it, not the wrappers the container, the binder and a batch listener's
     * {@link BatchListenerFailedException} put around it: a dead letter should say what is wrong with the record.
     */
    static Throwable reasonOf(Throwable failure) {
        List<Throwable> chain = Causes.of(failure);
        return chain.stream().filter(cause -> !isWrapper(cause)).findFirst().orElse(chain.get(chain.size() - 1));
    }

    private static boolean isWrapper(Throwable exception) {
        return exception instanceof BatchListenerFailedException
                || exception instanceof ListenerExecutionFailedException
                || exception instanceof TimestampedException
                || exception instanceof MessageHandlingException
                || exception instanceof MessageDeliveryException
                || exception.getClass() == MessagingException.class;
    }

    /** Whether a batch listener named the record that failed. */
    static boolean namesItsRecord(Throwable failure) {
        return Causes.any(failure, BatchListenerFailedException.class::isInstance);
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

    private static String describe(Throwable failure) {
        Throwable reason = reasonOf(failure);
        return reason.getClass().getSimpleName() + ": " + reason.getMessage();
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    /**
     * spring-kafka's handler, except for a batch that fails as a whole because the store is away. Retried in place
     * (the handler's way for a failure that names no record), its tries could not tell the outage from a poison
     * record the next try meets once the store is back: the batch would be retried without end, or dead-lettered as a
     * whole. Named as a failure of its first record, it is sought back and delivered again after each wait, and each
     * delivery's failure is judged anew.
     */
    private static final class ErrorHandler extends DefaultErrorHandler {

        ErrorHandler(DeadLetterPublishingRecoverer recoverer, BackOff backOff) {
            super(recoverer, backOff);
        }

        @Override
        protected <K, V> ConsumerRecords<K, V> handle(Exception thrownException, ConsumerRecords<?, ?> data,
                                                      Consumer<?, ?> consumer, MessageListenerContainer container,
                                                      Runnable invokeListener) {
            Exception failure = thrownException;
            if (data != null && !data.isEmpty() && !namesItsRecord(failure) && Outage.anywhereIn(failure)) {
                failure = new BatchListenerFailedException("the store is unavailable", failure, 0);
            }
            return super.handle(failure, data, consumer, container, invokeListener);
        }
    }

    /** Tells the back-off each failure, and says in the log what happened to a failing record. */
    private static final class Tries implements RetryListener {

        private final StoreOutageBackOff backOff;
        private final boolean deadLettering;

        Tries(StoreOutageBackOff backOff, boolean deadLettering) {
            this.backOff = backOff;
            this.deadLettering = deadLettering;
        }

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
            backOff.failed(failure);
            if (Outage.anywhereIn(failure)) {
                log.warn("Record {}-{}@{} waits for the store, attempt {}: {}", record.topic(), record.partition(),
                        record.offset(), deliveryAttempt, describe(failure));
            } else {
                log.warn("Record {}-{}@{} failed, attempt {}: {}", record.topic(), record.partition(),
                        record.offset(), deliveryAttempt, describe(failure));
            }
        }

        @Override
        public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
            log.error("Record {}-{}@{} {}: {}", record.topic(), record.partition(), record.offset(),
                    deadLettering ? "sent to the dead-letter topic" : "skipped (the binding has no dead-letter topic)",
                    describe(failure));
        }

        @Override
        public void recoveryFailed(ConsumerRecord<?, ?> record, Exception failure, Exception publishing) {
            log.error("Record {}-{}@{} could not be dead-lettered ({}); it is tried again", record.topic(),
                    record.partition(), record.offset(), publishing.toString());
        }

        @Override
        public void failedDelivery(ConsumerRecords<?, ?> records, Exception failure, int deliveryAttempt) {
            backOff.failed(failure);
            // A failure that names its record is reported per record above.
            if (!namesItsRecord(failure)) {
                log.warn("A batch of {} records failed, attempt {}: {}", records.count(), deliveryAttempt,
                        describe(failure));
            }
        }

        @Override
        public void recovered(ConsumerRecords<?, ?> records, Exception failure) {
            log.error("A batch of {} records {}: {}", records.count(),
                    deadLettering ? "sent to the dead-letter topic" : "skipped (the binding has no dead-letter topic)",
                    describe(failure));
        }

        @Override
        public void recoveryFailed(ConsumerRecords<?, ?> records, Exception failure, Exception publishing) {
            log.error("A batch of {} records could not be dead-lettered ({}); it is tried again", records.count(),
                    publishing.toString());
        }
    }
}
