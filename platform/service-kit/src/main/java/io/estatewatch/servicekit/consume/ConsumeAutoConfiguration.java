package io.estatewatch.servicekit.consume;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * The consuming side: reading CloudEvents into envelopes, folding them exactly once, and retrying and dead-lettering
 * in the listener containers so that a store outage is waited out ({@link DeadLetters}).
 */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(ConsumeProperties.class)
public class ConsumeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventEnvelopeReader eventEnvelopeReader(ObjectProvider<JsonMapper> json) {
        return new EventEnvelopeReader(json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    @Bean
    @ConditionalOnMissingBean
    ExactFold exactFold(MongoTemplate mongo) {
        return new ExactFold(mongo);
    }

    /** The binder takes one container customizer only: a service that declares its own does without this one. */
    @Bean
    @ConditionalOnMissingBean(ListenerContainerCustomizer.class)
    DeadLetters deadLetters(KafkaProperties kafka, ObjectProvider<KafkaConnectionDetails> connection,
                            ConsumeProperties properties, Environment environment) {
        Map<String, Object> config = kafka.buildProducerProperties();
        connection.ifAvailable(details -> config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", details.getProducer().getBootstrapServers())));
        config.put(ProducerConfig.CLIENT_ID_CONFIG,
                environment.getProperty("spring.application.name", "service") + "-dead-letters");
        return new DeadLetters(config, properties);
    }
}
