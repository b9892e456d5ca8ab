package io.estatewatch.reporting.support;

import io.estatewatch.servicekit.security.JwtIssuer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.UUID;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    /** A consumer group of this context's own, so that no other context in the JVM takes its partitions. */
    static final String GROUP = "reporting-test-" + UUID.randomUUID().toString().substring(0, 8);

    @Bean
    DynamicPropertyRegistrar reportingTestGroup() {
        return registry -> registry.add("spring.cloud.stream.bindings.reportingEvents-in-0.group", () -> GROUP);
    }

    @Bean
    JwtIssuer testTokens(@Value("${estatewatch.security.jwt.secret}") String secret) {
        return new JwtIssuer(secret, Duration.ofHours(2));
    }

    @Bean
    Api api(MockMvc mvc, JwtIssuer tokens) {
        return new Api(mvc, tokens);
    }

    @Bean(destroyMethod = "close")
    EventFeed eventFeed(JsonMapper json) {
        return new EventFeed(json, GROUP);
    }

    @Bean
    ReferenceData referenceData(EventFeed feed) {
        return new ReferenceData(feed);
    }
}
