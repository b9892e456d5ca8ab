package io.estatewatch.gateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in its default configuration in front of the JVM-wide stub services, with the test secret and key, an
 * in-process rate limit high enough never to interfere, and a CORS origin. Test classes that extend this share one
 * application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "estatewatch.gateway.rate-limit.store=in-process",
        "estatewatch.gateway.rate-limit.replenish-rate=10000",
        "estatewatch.gateway.rate-limit.burst-capacity=100000",
        "estatewatch.gateway.cors.allowed-origins=https://dashboard.example"})
@AutoConfigureWebTestClient
public abstract class GatewayTestSupport {

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void stubsAndCredentials(DynamicPropertyRegistry registry) {
        StubServices.register(registry);
        for (String property : TestCredentials.properties()) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
    }

    @BeforeEach
    void forgetWhatTheStubsReceived() {
        StubServices.forgetAll();
    }
}
