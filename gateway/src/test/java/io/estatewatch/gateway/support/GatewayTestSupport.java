package io.estatewatch.gateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;

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
@AutoConfigureWebTestClient(timeout = "PT30S") // a cold first request on a busy CI machine can take over the default 5 s
public abstract class GatewayTestSupport {

    @Autowired
    protected WebTestClient client;

    @LocalServerPort
    protected int port;

    /** An absolute URI to the gateway, for paths the client must send exactly as written. */
    protected URI raw(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @DynamicPropertySource
    static void stubsAndCredentials(DynamicPropertyRegistry registry) {
        StubServices.register(registry);
        TestCredentials.register(registry);
    }

    @BeforeEach
    void forgetWhatTheStubsReceived() {
        StubServices.forgetAll();
    }
}
