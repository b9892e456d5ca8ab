package io.estatewatch.servicekit.security;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scope rules every service applies through its {@link Caller}. */
class CallerTest {

    private final Caller admin = Caller.districtAdmin("admin");
    private final Caller officer = Caller.districtOfficer("officer");
    private final Caller streetOfficer = Caller.streetOfficer("li.wei", "Xinhua", "Binjiang");
    private final Caller companyUser = Caller.companyUser("wang", "company-7");
    private final Caller mayorHotline = Caller.hotlineClient("hotline-12345", "MAYOR_HOTLINE");
    private final Caller everyHotline = Caller.hotlineClient("hotline-all", Caller.ALL_CHANNELS);
    private final Caller visitor = Caller.publicUser("visitor");

    @Test
    void districtAdminsAndOfficersSeeEveryStreetAndEveryCompany() {
        for (Caller caller : Set.of(admin, officer)) {
            assertThat(caller.seesAllStreets()).isTrue();
            assertThat(caller.maySeeStreet("Xinhua")).isTrue();
            assertThat(caller.maySeeStreet("Anywhere")).isTrue();
            assertThat(caller.maySeeCompany("company-7")).isTrue();
            assertThat(caller.maySeeCompany("company-8")).isTrue();
        }
    }

    @Test
    void aStreetOfficerSeesOnlyItsOwnStreets() {
        assertThat(streetOfficer.seesAllStreets()).isFalse();
        assertThat(streetOfficer.maySeeStreet("Xinhua")).isTrue();
        assertThat(streetOfficer.maySeeStreet("Binjiang")).isTrue();
        assertThat(streetOfficer.maySeeStreet("Huaqiao")).isFalse();
        assertThat(streetOfficer.maySeeStreet("xinhua")).isFalse();
        assertThat(streetOfficer.maySeeStreet(null)).isFalse();
        assertThat(streetOfficer.maySeeCompany("company-7")).isFalse();
    }

    @Test
    void aCompanyUserSeesOnlyItsOwnCompanyAndNoStreet() {
        assertThat(companyUser.maySeeCompany("company-7")).isTrue();
        assertThat(companyUser.maySeeCompany("company-8")).isFalse();
        assertThat(companyUser.maySeeCompany(null)).isFalse();
        assertThat(companyUser.maySeeStreet("Xinhua")).isFalse();
        assertThat(companyUser.seesAllStreets()).isFalse();
    }

    @Test
    void hotlineClientsAndThePublicSeeNoStreetAndNoCompany() {
        for (Caller caller : Set.of(mayorHotline, everyHotline, visitor)) {
            assertThat(caller.maySeeStreet("Xinhua")).isFalse();
            assertThat(caller.maySeeCompany("company-7")).isFalse();
        }
    }

    @Test
    void onlyDistrictAdminsAndOfficersSeePhoneNumbers() {
        assertThat(admin.maySeePhoneNumbers()).isTrue();
        assertThat(officer.maySeePhoneNumbers()).isTrue();
        for (Caller caller : Set.of(streetOfficer, companyUser, mayorHotline, everyHotline, visitor)) {
            assertThat(caller.maySeePhoneNumbers()).as(caller.role().name()).isFalse();
        }
    }

    @Test
    void aHotlineClientPushesOnlyOnItsOwnChannels() {
        assertThat(mayorHotline.mayPushChannel("MAYOR_HOTLINE")).isTrue();
        assertThat(mayorHotline.mayPushChannel("CONDUCT_HOTLINE")).isFalse();
        assertThat(mayorHotline.mayPushChannel(null)).isFalse();
    }

    @Test
    void aHotlineClientWithTheWildcardPushesOnEveryChannel() {
        assertThat(everyHotline.mayPushChannel("MAYOR_HOTLINE")).isTrue();
        assertThat(everyHotline.mayPushChannel("CITIZEN_FORUM")).isTrue();
    }

    @Test
    void staffPushOnAnyChannelAndCompanyUsersAndThePublicOnNone() {
        assertThat(admin.mayPushChannel("VISIT_CALL")).isTrue();
        assertThat(officer.mayPushChannel("MAYOR_HOTLINE")).isTrue();
        assertThat(streetOfficer.mayPushChannel("VISIT_CALL")).isTrue();
        assertThat(companyUser.mayPushChannel("VISIT_CALL")).isFalse();
        assertThat(visitor.mayPushChannel("VISIT_CALL")).isFalse();
        // Channels in a company user's token do not make it a hotline.
        assertThat(new Caller("wang", Role.COMPANY_USER, Set.of(), "company-7", Set.of("*")).mayPushChannel("VISIT_CALL"))
                .isFalse();
    }

    @Test
    void staffAreTheAuthorityAndStreetOfficesStaff() {
        assertThat(admin.isStaff()).isTrue();
        assertThat(officer.isStaff()).isTrue();
        assertThat(streetOfficer.isStaff()).isTrue();
        assertThat(companyUser.isStaff()).isFalse();
        assertThat(mayorHotline.isStaff()).isFalse();
        assertThat(visitor.isStaff()).isFalse();
    }

    @Test
    void aStreetOfficerWithoutStreetsOrACompanyUserWithoutACompanyIsNoCaller() {
        assertThatThrownBy(() -> new Caller("li.wei", Role.STREET_OFFICER, Set.of(), null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("street");
        assertThatThrownBy(() -> new Caller("wang", Role.COMPANY_USER, Set.of(), " ", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("companyId");
        assertThatThrownBy(() -> new Caller(" ", Role.DISTRICT_ADMIN, Set.of(), null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> new Caller("x", null, Set.of(), null, Set.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theScopesAreImmutableCopiesAndAbsentOnesAreEmpty() {
        Set<String> streets = new HashSet<>(Set.of("Xinhua"));
        Caller caller = new Caller("li.wei", Role.STREET_OFFICER, streets, null, null);
        streets.add("Binjiang");

        assertThat(caller.streets()).containsExactly("Xinhua");
        assertThat(caller.channels()).isEmpty();
        assertThatThrownBy(() -> caller.streets().add("Huaqiao")).isInstanceOf(UnsupportedOperationException.class);
    }
}
