package io.estatewatch.complaint.routing.domain;

import io.estatewatch.complaint.handling.domain.Assignee;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AddressMatcherTest {

    static final Estate SUNSHINE = new Estate("e-1", "阳光花园", List.of("阳光小区"), "新华街道", "解放路88号", "company-1");
    static final Estate SUNSHINE_2 = new Estate("e-2", "阳光花园二期", List.of(), "新华街道", "解放路90号", null);
    static final Estate RIVERSIDE = new Estate("e-3", "江畔家园", List.of("江畔"), "城东街道", "滨江路1号", null);
    static final List<Estate> REGISTER = List.of(SUNSHINE, SUNSHINE_2, RIVERSIDE);

    @Test
    void anAddressNamingTheEstateFindsIt() {
        assertThat(AddressMatcher.match("新华街道阳光花园3幢2单元", REGISTER)).contains(SUNSHINE);
    }

    @Test
    void anAliasFindsTheEstate() {
        assertThat(AddressMatcher.match("阳光小区门口", REGISTER)).contains(SUNSHINE);
        assertThat(AddressMatcher.match("江畔 5 号楼", REGISTER)).contains(RIVERSIDE);
    }

    @Test
    void theLongestNameWins() {
        assertThat(AddressMatcher.match("阳光花园二期12幢", REGISTER)).contains(SUNSHINE_2);
    }

    @Test
    void theRegisterAddressFindsTheEstate() {
        assertThat(AddressMatcher.match("滨江路1号北门", REGISTER)).contains(RIVERSIDE);
    }

    @Test
    void fullWidthCharactersAndSpacesDoNotMatter() {
        assertThat(AddressMatcher.match("解放路８８号 东门", REGISTER)).contains(SUNSHINE);
    }

    @Test
    void anAddressNamingNoEstateMatchesNothing() {
        assertThat(AddressMatcher.match("人民路100号", REGISTER)).isEmpty();
        assertThat(AddressMatcher.match("", REGISTER)).isEmpty();
    }

    @Test
    void twoEstatesNamedEquallyWellAreAmbiguous() {
        Estate twin = new Estate("e-4", "江畔新村", List.of("江畔"), "城西街道", null, null);

        assertThat(AddressMatcher.match("江畔小区", List.of(RIVERSIDE, twin))).isEmpty();
    }

    @Test
    void aManagedEstateGoesToItsCompanyAndAnUnmanagedOneToItsStreetOffice() {
        assertThat(SUNSHINE.assignee()).isEqualTo(Assignee.company("company-1"));
        assertThat(RIVERSIDE.assignee()).isEqualTo(Assignee.street("城东街道"));
        assertThat(new Estate("e-5", "无名", List.of(), null, null, null).assignee()).isNull();
    }
}
