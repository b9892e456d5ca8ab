package io.estatewatch.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenClaimsTest {

    private final TokenClaims claims = new TokenClaims("role", "sub");

    @Test
    void aStreetOfficersTokenNamesItsStreets() {
        Caller caller = claims.toCaller(Map.of("sub", "li.wei", "role", "STREET_OFFICER", "streets", List.of("Xinhua")));

        assertThat(caller.role()).isEqualTo(Role.STREET_OFFICER);
        assertThat(caller.streets()).containsExactly("Xinhua");
        assertThat(caller.credential()).isEqualTo(Credential.BEARER_TOKEN);
    }

    @Test
    void keycloakRealmRolesCountAndTheMostPrivilegedWins() {
        Caller caller = claims.toCaller(Map.of("sub", "zhang",
                "realm_access", Map.of("roles", List.of("offline_access", "district_officer", "ROLE_DISTRICT_ADMIN"))));

        assertThat(caller.role()).isEqualTo(Role.DISTRICT_ADMIN);
    }

    @Test
    void aTokenWithoutAKnownRoleOrWithoutItsScopeDescribesNoCaller() {
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", "x", "role", "MAYOR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", "x", "role", "STREET_OFFICER")))
                .hasMessageContaining("streets");
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", "x", "role", "COMPANY_USER")))
                .hasMessageContaining("companyId");
        assertThatThrownBy(() -> claims.toCaller(Map.of("role", "DISTRICT_ADMIN")))
                .hasMessageContaining("sub");
    }

    @Test
    void aHotlineClientPushesOnlyOnItsChannelsUnlessItHasAll() {
        Caller mayor = claims.toCaller(Map.of("sub", "h", "role", "HOTLINE_CLIENT", "channels", List.of("MAYOR_HOTLINE")));
        Caller all = Caller.apiKey("k", java.util.Set.of(Caller.ALL_CHANNELS));

        assertThat(mayor.mayPushOn("MAYOR_HOTLINE")).isTrue();
        assertThat(mayor.mayPushOn("CITIZEN_FORUM")).isFalse();
        assertThat(all.mayPushOn("CITIZEN_FORUM")).isTrue();
    }
}
