package io.estatewatch.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Boot's own Kafka auto-configuration finds the broker through {@link UsesTestInfrastructure}. */
@SpringBootTest(classes = SpringKafkaListenerTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.kafka.consumer.auto-offset-reset=earliest", "spring.kafka.consumer.group-id=testkit-listener" })
@UsesTestInfrastructure
class SpringKafkaListenerTest {

	static final String TOPIC = "testkit.listener";

	@Autowired
	KafkaTemplate<String, String> template;

	@Autowired
	Received received;

	@Test
	void listenerReceivesWhatTheTemplateSends() {
		this.template.send(TOPIC, "estate-1", "hello");

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(this.received.values).contains("hello"));
	}

	static class Received {

		final List<String> values = new CopyOnWriteArrayList<>();

		@KafkaListener(topics = TOPIC)
		void on(String value) {
			this.values.add(value);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(KafkaAutoConfiguration.class)
	static class App {

		@Bean
		Received received() {
			TestInfrastructure.get().createTopics(TOPIC);
			return new Received();
		}

	}

}
