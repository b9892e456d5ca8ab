package io.estatewatch.filing.register.domain;

import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T"})
    void publishedCodesOfRealCompaniesPassTheCheck(String code) {
        assertThat(CreditCode.problemWith(code)).isEmpty();
        assertThat(CreditCode.parse("creditCode", code).value()).isEqualTo(code);
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheRightOne() {
        assertThat(CreditCode.problemWith("91350100M000100Y44"))
                .hasValue("has the check character '4' where GB 32100 requires '3'");
    }

    @Test
    void aCheckSumOf31IsWrittenAsZero() {
        String prefix = findPrefixWhoseCheckIs31();

        assertThat(CreditCode.checkCharacter(prefix)).isEqualTo('0');
        assertThat(CreditCode.problemWith(prefix + "0")).isEmpty();
    }

    @Test
    void everySingleMistypedCharacterIsCaught() {
        Random random = new Random(32100);
        for (int round = 0; round < 200; round++) {
            String code = randomValidCode(random);
            int position = random.nextInt(18);
            char original = code.charAt(position);
            char typo = CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length()));
            if (typo == original) {
                continue;
            }
            String mistyped = code.substring(0, position) + typo + code.substring(position + 1);
            assertThat(CreditCode.problemWith(mistyped)).as(mistyped).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S", "V", "Z"})
    void lettersOutsideTheAlphabetAreNamedWithTheirPosition(String letter) {
        String code = "9135010" + letter + "M000100Y43";

        assertThat(CreditCode.problemWith(code)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("'" + letter + "' at position 8").contains("alphabet"));
    }

    @Test
    void aCodeOfAnotherLengthIsRefusedSayingSo() {
        assertThat(CreditCode.problemWith("91350100M000100Y4")).hasValue("must be 18 characters long (GB 32100), not 17");
        assertThat(CreditCode.problemWith(" ")).hasValue("is required");
    }

    @Test
    void blanksAroundAndLowerCaseAreForgivenWhenParsing() {
        assertThat(CreditCode.parse("creditCode", " 91110000600037341l ").value()).isEqualTo("91110000600037341L");
    }

    @Test
    void anInvalidCodeIsAnInvalidInputOnTheNamedField() {
        assertThatThrownBy(() -> CreditCode.parse("creditCode", "91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("creditCode")));
    }

    @Test
    void theValueTypeCannotHoldAnInvalidCode() {
        assertThatThrownBy(() -> new CreditCode("91350100M000100Y44")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomValidCode(Random random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            code.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return code.toString() + CreditCode.checkCharacter(code.toString());
    }

    /** A 17-character prefix whose weighted sum is a multiple of 31 (so that 31 - sum mod 31 = 31). */
    private static String findPrefixWhoseCheckIs31() {
        Random random = new Random(7);
        while (true) {
            String code = randomValidCode(random);
            if (code.charAt(17) == '0') {
                return code.substring(0, 17);
            }
        }
    }
}
