package io.estatewatch.gateway.profiles;

import io.estatewatch.gateway.GatewayApplication;
import io.estatewatch.gateway.GatewayProperties;
import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Kubernetes profile, with the secret given as its environment would give it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S") // a cold first request on a busy CI machine can take over the default 5 s
@ActiveProfiles("prod")
class ProdProfileTest extends LocalOnlyCredentialsAbsent {

    @Autowired
    private GatewayProperties properties;

    @DynamicPropertySource
    static void secretFromTheEnvironment(DynamicPropertyRegistry registry) {
        registry.add("estatewatch.security.jwt.secret", () -> TestCredentials.SECRET);
    }

    @Test
    void servicesAreFoundByTheirKubernetesNames() {
        assertThat(properties.backends().get(Service.COMPLAINT).uri()).isEqualTo(URI.create("http://complaint-service:8080"));
        assertThat(properties.backends().get(Service.REPORTING).uri()).isEqualTo(URI.create("http://reporting-service:8080"));
    }

    @Test
    void ratesAreLimitedInRedisAndTransportSecurityIsDemanded() {
        assertRedisLimiter();
        client.get().uri("/actuator/health").exchange()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void withoutASecretInItsEnvironmentTheGatewayDoesNotStart() {
        assumeTrue(System.getenv("ESTATEWATCH_SECURITY_JWT_SECRET") == null, "the secret is set in this environment");
        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class).profiles("prod")
                .properties("server.port=0").run().close())
                .hasStackTraceContaining("estatewatch.security.jwt.secret");
    }
}
