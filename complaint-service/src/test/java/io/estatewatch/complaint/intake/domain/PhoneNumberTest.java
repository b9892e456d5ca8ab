package io.estatewatch.complaint.intake.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @Test
    void aMobileNumberIsMaskedInTheMiddle() {
        PhoneNumber phone = PhoneNumber.parse("13812345678").orElseThrow();

        assertThat(phone.kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
        assertThat(phone.masked()).isEqualTo("138****5678");
        assertThat(phone.formatted()).isEqualTo("13812345678");
    }

    @Test
    void aMobileNumberWithCountryCodeAndSeparatorsIsTheSameNumber() {
        assertThat(PhoneNumber.parse("+86 138-1234-5678").orElseThrow().digits()).isEqualTo("13812345678");
        assertThat(PhoneNumber.parse("0086 13812345678").orElseThrow().digits()).isEqualTo("13812345678");
    }

    @Test
    void aLandlineKeepsItsAreaCodeAndShowsOnlyItsLastFourDigits() {
        PhoneNumber hangzhou = PhoneNumber.parse("0571-87654321").orElseThrow();
        PhoneNumber beijing = PhoneNumber.parse("(010) 6512 3456").orElseThrow();

        assertThat(hangzhou.kind()).isEqualTo(PhoneNumber.Kind.LANDLINE);
        assertThat(hangzhou.masked()).isEqualTo("0571-****4321");
        assertThat(hangzhou.formatted()).isEqualTo("0571-87654321");
        assertThat(beijing.areaCode()).isEqualTo("010");
        assertThat(beijing.digits()).isEqualTo("01065123456");
        assertThat(PhoneNumber.parse("8765432").orElseThrow().masked()).isEqualTo("****5432");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "abc", "010-1234567", "0571-0765432",
            "+1 415 555 0100", "110", ""})
    void whatIsNoMainlandNumberIsRefused(String text) {
        assertThat(PhoneNumber.parse(text)).isEmpty();
    }
}
