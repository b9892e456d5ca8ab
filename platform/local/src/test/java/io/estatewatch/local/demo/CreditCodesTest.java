package io.estatewatch.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    @Test
    void aPublishedCodePassesTheCheck() {
        assertThat(CreditCodes.valid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.valid("91350100M000100Y44")).isFalse();
        assertThat(CreditCodes.valid("91350100M000100Y4")).isFalse();
    }

    @Test
    void generatedCodesPassBothChecks() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            String code = CreditCodes.next(random, "330106");
            assertThat(CreditCodes.valid(code)).as(code).isTrue();
            assertThat(code).startsWith("91330106");
            assertThat(CreditCodes.organisationCheck(code.substring(8, 16))).isEqualTo(code.charAt(16));
        }
    }

    @Test
    void theOrganisationCheckWritesTenAsX() {
        // GB 11714: weights 3 7 9 10 5 8 4 2; 11 - (sum mod 11); 10 → X, 11 → 0.
        assertThat(CreditCodes.organisationCheck("00000000")).isEqualTo('0');
        assertThat(CreditCodes.organisationCheck("10000001")).isEqualTo('6'); // 3 + 2 = 5 → 11 - 5
        assertThat(CreditCodes.organisationCheck("00000005")).isEqualTo('1'); // 10 → 11 - 10
        assertThat(CreditCodes.organisationCheck("00000010")).isEqualTo('7'); // 4 → 11 - 4
        assertThat(CreditCodes.organisationCheck("00000006")).isEqualTo('X'); // 12 → 11 - 1 = 10
    }
}
