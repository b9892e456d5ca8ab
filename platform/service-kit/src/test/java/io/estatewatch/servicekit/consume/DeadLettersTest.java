package io.estatewatch.servicekit.consume;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadLettersTest {

    private final DeadLetters deadLetters = new DeadLetters(Map.of(),
            new ConsumeProperties(Duration.ofSeconds(1), Duration.ofSeconds(30)));

    @AfterEach
    void close() {
        deadLetters.destroy();
    }

    @Test
    void everyBindingLeavesRetriesAndDeadLettersToItsContainer() {
        ConcurrentMessageListenerContainer<byte[], byte[]> container = container();
        deadLetters.configure(container, "estatewatch.register.events", "complaint-service",
                (record, failure) -> new TopicPartition("estatewatch.register.events.complaint-service.dlq", 0),
                new FixedBackOff(200, 2), binding(false, 3, "estatewatch.register.events.complaint-service.dlq"));

        assertThat(deadLetters.retryAndDlqInBinding("estatewatch.register.events", "complaint-service")).isFalse();
        assertThat(container.getCommonErrorHandler()).isInstanceOf(DefaultErrorHandler.class);
    }

    @Test
    void aBindingWithADeadLetterTopicButNoNameForItIsRefusedAtStartUp() {
        assertThatThrownBy(() -> deadLetters.configure(container(), "estatewatch.complaint.events",
                "reporting-service", (record, failure) -> new TopicPartition("unnamed", 0), new FixedBackOff(0, 0),
                binding(true, 3, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dlq-name");
    }

    @Test
    void aRecordBindingThatTriesOnceBeforeItsDeadLetterTopicIsRefusedAtStartUp() {
        // The binder would then dead-letter on the first failure itself, a store outage's too.
        assertThatThrownBy(() -> deadLetters.configure(container(), "estatewatch.register.events",
                "complaint-service", (record, failure) -> new TopicPartition("dlq", 0), null,
                binding(false, 1, "dlq")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("max-attempts");
    }

    @Test
    void aDeadLetterGivesTheFailureAsTheConsumerRaisedItNotTheWrappersAroundIt() {
        UnreadableEventException unreadable = new UnreadableEventException("event e-1 has unreadable data",
                new IllegalArgumentException("Unexpected character"));
        MessageHandlingException binder = new MessageHandlingException(MessageBuilder.withPayload(new byte[0]).build(),
                "error occurred in message handler [countCompanies]", unreadable);

        assertThat(DeadLetters.reasonOf(new ListenerExecutionFailedException("Listener failed", binder)))
                .isSameAs(unreadable);
        assertThat(DeadLetters.reasonOf(new ListenerExecutionFailedException("Listener failed",
                new BatchListenerFailedException("poison", unreadable, 3)))).isSameAs(unreadable);
    }

    private static ConcurrentMessageListenerContainer<byte[], byte[]> container() {
        return new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(Map.of()),
                new ContainerProperties("estatewatch.register.events"));
    }

    private static ExtendedConsumerProperties<KafkaConsumerProperties> binding(boolean batch, int maxAttempts,
                                                                             String dlqName) {
        KafkaConsumerProperties kafka = new KafkaConsumerProperties();
        kafka.setEnableDlq(true);
        kafka.setDlqName(dlqName);
        kafka.setDlqPartitions(1);
        ExtendedConsumerProperties<KafkaConsumerProperties> binding = new ExtendedConsumerProperties<>(kafka);
        binding.setBatchMode(batch);
        binding.setMaxAttempts(maxAttempts);
        return binding;
    }
}
