package io.estatewatch.complaint.support;

import io.estatewatch.servicekit.security.JwtIssuer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    @Bean
    Http http(MockMvc mvc, @Value("${estatewatch.security.jwt.secret}") String secret, JsonMapper json) {
        return new Http(mvc, new JwtIssuer(secret, Duration.ofHours(1)), json);
    }

    @Bean(destroyMethod = "close")
    ComplaintTopic complaintTopic(JsonMapper json) {
        return new ComplaintTopic(json);
    }

    @Bean(destroyMethod = "close")
    Register register(JsonMapper json) {
        return new Register(json);
    }
}
