package io.estatewatch.servicekit.consume;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The consuming side: reading CloudEvents into envelopes and folding them exactly once. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
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
}
