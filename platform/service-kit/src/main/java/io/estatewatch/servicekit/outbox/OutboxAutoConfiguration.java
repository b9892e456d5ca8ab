package io.estatewatch.servicekit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Map;

/** The outbox of every service: staging events into aggregate documents and relaying them to Kafka. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventOutbox eventOutbox(ObjectProvider<JsonMapper> json, Clock clock) {
        return new EventOutbox(json.getIfAvailable(() -> JsonMapper.builder().build()), clock);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "estatewatch.outbox", name = "enabled", matchIfMissing = true)
    Producer<String, byte[]> outboxProducer(KafkaProperties kafka, ObjectProvider<KafkaConnectionDetails> connection,
                                           Environment environment) {
        Map<String, Object> config = kafka.buildProducerProperties();
        connection.ifAvailable(details -> config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", details.getProducer().getBootstrapServers())));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // The broker must have the event on every in-sync replica, once, before the outbox forgets it.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, environment.getProperty("spring.application.name", "service") + "-outbox");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        return new KafkaProducer<>(config);
    }

    @Bean
    @ConditionalOnProperty(prefix = "estatewatch.outbox", name = "enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, Producer<String, byte[]> outboxProducer, OutboxProperties properties,
                            ObjectProvider<MeterRegistry> meters, Clock clock, Environment environment) {
        return new OutboxRelay(mongo, outboxProducer, environment.getProperty("spring.application.name", "estatewatch"),
                properties, meters.getIfAvailable(SimpleMeterRegistry::new), clock);
    }

    @Bean
    @ConditionalOnProperty(prefix = "estatewatch.outbox", name = "enabled", matchIfMissing = true)
    OutboxDocumentSaved outboxDocumentSaved(OutboxRelay relay) {
        return new OutboxDocumentSaved(relay);
    }
}
