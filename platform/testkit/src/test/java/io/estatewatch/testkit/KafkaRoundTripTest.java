package io.estatewatch.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

class KafkaRoundTripTest {

	private final TestInfrastructure infra = TestInfrastructure.get();

	@Test
	void producedRecordIsReadBackByTheRawConsumer() throws Exception {
		String topic = "testkit.roundtrip." + UUID.randomUUID();
		this.infra.createTopics(topic);

		Map<String, Object> producerConfig = Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.infra.kafkaBootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig)) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "complaint-1",
					"{\"n\":1}".getBytes(StandardCharsets.UTF_8));
			record.headers().add("ce_type", "estatewatch.test.v1".getBytes(StandardCharsets.UTF_8));
			producer.send(record).get();
		}

		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = this.infra.rawConsumer("testkit")) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
				assertThat(seen).hasSize(1);
			});
		}
		ConsumerRecord<String, byte[]> read = seen.get(0);
		assertThat(read.key()).isEqualTo("complaint-1");
		assertThat(new String(read.value(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
		assertThat(new String(read.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
			.isEqualTo("estatewatch.test.v1");
	}

	@Test
	void createTopicsIsIdempotent() {
		String topic = "testkit.twice." + UUID.randomUUID();
		this.infra.createTopics(topic);
		assertThatNoException().isThrownBy(() -> this.infra.createTopics(topic, topic));
	}

}
