package io.estatewatch.servicekit.outbox;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EventIdTest {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

    @Test
    void eventIdsAreUniqueAndNeverLookLikeAPhoneNumber() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String id = EventOutbox.eventId();
            assertThat(id).hasSize(26).matches("[a-z2-7]+");
            assertThat(PHONE.matcher(id).find()).isFalse();
            ids.add(id);
        }
        assertThat(ids).hasSize(20_000);
    }
}
