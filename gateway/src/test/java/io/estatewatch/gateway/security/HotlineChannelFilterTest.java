package io.estatewatch.gateway.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HotlineChannelFilterTest {

    @Test
    void theChannelsOfOneComplaintOfAnArrayAndOfABatchObject() {
        assertThat(channels("{\"channel\":\"MAYOR_HOTLINE\",\"category\":\"PARKING\"}")).containsExactly("MAYOR_HOTLINE");
        assertThat(channels("[{\"channel\":\"A\"},{\"channel\":\"B\"},{\"x\":1}]")).containsExactly("A", "B");
        assertThat(channels("{\"complaints\":[{\"channel\":\"A\"},{\"channel\":\"C\"}]}")).containsExactly("A", "C");
    }

    @Test
    void aBodyThatIsNotJsonOrNamesNoChannelNamesNone() {
        assertThat(channels("")).isEmpty();
        assertThat(channels("channel=A")).isEmpty();
        assertThat(channels("{\"channel\":7}")).isEmpty();
    }

    private static java.util.Set<String> channels(String body) {
        return HotlineChannelFilter.channels(body.getBytes(StandardCharsets.UTF_8));
    }
}
