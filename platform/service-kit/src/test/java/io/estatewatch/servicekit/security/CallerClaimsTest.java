package io.estatewatch.servicekit.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From the claims of a verified token to the caller. */
class CallerClaimsTest {

    @Test
    void theClaimsOfAnEstateWatchTokenMakeTheCaller() {
        Caller caller = CallerClaims.toCaller(Map.of("sub", "li.wei", "role", "STREET_OFFICER",
                "streets", List.of("Xinhua", "Binjiang"), "channels", List.of()));

        assertThat(caller).isEqualTo(new Caller("li.wei", Role.STREET_OFFICER, Set.of("Xinhua", "Binjiang"), null, Set.of()));
    }

    @Test
    void aSingleStringIsOneStreetOrOneChannel() {
        Caller officer = CallerClaims.toCaller(Map.of("sub", "li.wei", "role", "STREET_OFFICER", "streets", "Xinhua"));
        Caller hotline = CallerClaims.toCaller(Map.of("sub", "h", "role", "HOTLINE_CLIENT", "channels", "*"));

        assertThat(officer.streets()).containsExactly("Xinhua");
        assertThat(hotline.channels()).containsExactly("*");
    }

    @Test
    void keycloakRealmRolesAreReadWhenTheRoleClaimIsAbsent() {
        Caller caller = CallerClaims.toCaller(Map.of("sub", "u-1", "realm_access",
                Map.of("roles", List.of("default-roles-estatewatch", "offline_access", "COMPANY_USER")),
                "companyId", "company-7"));

        assertThat(caller.role()).isEqualTo(Role.COMPANY_USER);
        assertThat(caller.companyId()).isEqualTo("company-7");
    }

    @Test
    void amongSeveralKnownRolesTheMostPrivilegedCounts() {
        Caller caller = CallerClaims.toCaller(Map.of("sub", "u-1",
                "realm_access", Map.of("roles", List.of("public", "ROLE_DISTRICT_OFFICER", "district_admin"))));

        assertThat(caller.role()).isEqualTo(Role.DISTRICT_ADMIN);
    }

    @Test
    void theRoleClaimComesBeforeTheRealmRoles() {
        Caller caller = CallerClaims.toCaller(Map.of("sub", "u-1", "role", "DISTRICT_OFFICER",
                "realm_access", Map.of("roles", List.of("DISTRICT_ADMIN"))));

        assertThat(caller.role()).isEqualTo(Role.DISTRICT_OFFICER);
    }

    @Test
    void theRoleAndUsernameClaimsAreConfigurable() {
        Caller caller = CallerClaims.toCaller(Map.of("sub", "f3a1", "preferred_username", "zhao",
                "estatewatch_role", "district_officer"), "estatewatch_role", "preferred_username");

        assertThat(caller.username()).isEqualTo("zhao");
        assertThat(caller.role()).isEqualTo(Role.DISTRICT_OFFICER);
    }

    @Test
    void claimsWithoutAKnownRoleOrAUsernameMakeNoCaller() {
        assertThatThrownBy(() -> CallerClaims.toCaller(Map.of("sub", "u-1", "role", "SUPERUSER",
                "realm_access", Map.of("roles", List.of("offline_access")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none of the roles");
        assertThatThrownBy(() -> CallerClaims.toCaller(Map.of("role", "DISTRICT_ADMIN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sub'");
        assertThatThrownBy(() -> CallerClaims.toCaller(Map.of("sub", "wang", "role", "COMPANY_USER")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("companyId");
    }
}
