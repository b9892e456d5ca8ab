package io.estatewatch.servicekit.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Puts {@link MongoPingHealthIndicator} in place of Boot's MongoDB health indicator (same contributor name,
 * {@code mongo}), so that the readiness group {@code readinessState,mongo} works on mongo-java-server too.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class, after = DataMongoAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, MongoTemplate.class})
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnEnabledHealthIndicator("mongo")
public class MongoHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = {"mongoHealthIndicator", "mongoHealthContributor"})
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
