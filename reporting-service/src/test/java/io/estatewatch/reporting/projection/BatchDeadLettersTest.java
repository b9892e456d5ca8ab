package io.estatewatch.reporting.projection;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.util.backoff.FixedBackOff;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchDeadLettersTest {

    @Test
    void aBatchBindingWithADeadLetterTopicButNoNameForItIsRefusedAtStartUp() throws Exception {
        KafkaConsumerProperties kafka = new KafkaConsumerProperties();
        kafka.setEnableDlq(true);
        ExtendedConsumerProperties<KafkaConsumerProperties> binding = new ExtendedConsumerProperties<>(kafka);
        binding.setBatchMode(true);
        BatchDeadLetters deadLetters = new BatchDeadLetters(new KafkaProperties());
        try {
            assertThatThrownBy(() -> deadLetters.configure(null, "estatewatch.complaint.events", "reporting-service",
                    (record, failure) -> new TopicPartition(kafka.getDlqName(), 0), new FixedBackOff(0, 0), binding))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("dlq-name");
        } finally {
            deadLetters.destroy();
        }
    }
}
