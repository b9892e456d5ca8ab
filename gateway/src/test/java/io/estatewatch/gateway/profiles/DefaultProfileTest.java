package io.estatewatch.gateway.profiles;

import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** No profile at all: what the jar does when nobody says where it runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class DefaultProfileTest extends LocalOnlyCredentialsAbsent {

    @DynamicPropertySource
    static void secretOnly(DynamicPropertyRegistry registry) {
        registry.add("estatewatch.security.jwt.secret", () -> TestCredentials.SECRET);
    }

    @Test
    void ratesAreLimitedInRedis() {
        assertRedisLimiter();
    }
}
