package io.estatewatch.gateway.profiles;

import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** No profile at all: what the jar does when nobody says where it runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S") // a cold first request on a busy CI machine can take over the default 5 s
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
