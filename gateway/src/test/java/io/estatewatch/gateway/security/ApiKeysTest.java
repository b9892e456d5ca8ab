package io.estatewatch.gateway.security;

import io.estatewatch.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(Map.of(
            "mayor-hotline", new GatewayProperties.ApiKey(ApiKeys.hash("s3cret-one"), List.of("MAYOR_HOTLINE")),
            "forum", new GatewayProperties.ApiKey(ApiKeys.hash("s3cret-two").toUpperCase(), List.of("CITIZEN_FORUM"))));

    @Test
    void aKnownKeyIsTheHotlineClientNamedAfterIt() {
        Caller caller = keys.authenticate("s3cret-one").orElseThrow();

        assertThat(caller.name()).isEqualTo("mayor-hotline");
        assertThat(caller.role()).isEqualTo(Role.HOTLINE_CLIENT);
        assertThat(caller.credential()).isEqualTo(Credential.API_KEY);
        assertThat(caller.channels()).containsExactly("MAYOR_HOTLINE");
        assertThat(keys.authenticate("s3cret-two").orElseThrow().name()).isEqualTo("forum");
    }

    @Test
    void anUnknownKeyIsNobody() {
        assertThat(keys.authenticate("s3cret-three")).isEmpty();
        assertThat(keys.authenticate(ApiKeys.hash("s3cret-one"))).as("the hash is not the key").isEmpty();
    }

    @Test
    void theHashIsTheSha256OfTheKey() {
        assertThat(ApiKeys.hash("local-hotline-key"))
                .isEqualTo("078ccb13a9f6bdc495f2b392715a8e1a5a0d1e01ed116dd5e79dee68ad656aea");
    }

    @Test
    void aConfiguredKeyThatIsNotAHashIsRefusedAtStartup() {
        assertThatThrownBy(() -> new ApiKeys(Map.of("oops", new GatewayProperties.ApiKey("s3cret-one", List.of()))))
                .hasMessageContaining("estatewatch.gateway.api-keys.oops.sha256");
    }
}
