package io.estatewatch.complaint;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    @Test
    void base32FollowsRfc4648() {
        assertThat(Identifiers.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("mzxw6ytboi");
        assertThat(Identifiers.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("my");
    }

    @Test
    void idsAreUniqueAndNeverLookLikeAPhoneNumber() {
        Pattern mobile = Pattern.compile("1[3-9]\\d{9}");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Identifiers.newId();
            assertThat(id).hasSize(26).matches("[a-z2-7]+");
            assertThat(mobile.matcher(id).find()).isFalse();
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }
}
