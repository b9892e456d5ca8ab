package io.estatewatch.filing.support;

import io.estatewatch.servicekit.security.JwtIssuer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    JwtIssuer testTokens(@Value("${estatewatch.security.jwt.secret}") String secret) {
        return new JwtIssuer(secret, Duration.ofMinutes(30));
    }

    @Bean
    Api api(MockMvc mvc, JwtIssuer tokens, JsonMapper json) {
        return new Api(mvc, tokens, json);
    }

    @Bean(destroyMethod = "close")
    PublishedEvents publishedEvents() {
        return new PublishedEvents("estatewatch.register.events", "estatewatch.filing.events");
    }
}
