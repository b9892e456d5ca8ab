package io.estatewatch.servicekit.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void theChainRunsFromTheFailureToItsDeepestCause() {
        IOException root = new IOException("socket closed");
        UncheckedIOException middle = new UncheckedIOException(root);
        IllegalStateException outer = new IllegalStateException("fold failed", middle);

        assertThat(Causes.of(outer)).containsExactly(outer, middle, root);
        assertThat(Causes.any(outer, IOException.class::isInstance)).isTrue();
        assertThat(Causes.any(outer, IllegalArgumentException.class::isInstance)).isFalse();
        assertThat(Causes.of(null)).isEmpty();
    }

    @Test
    void aCycleEndsTheWalk() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(Causes.of(first)).containsExactly(first, second);
    }

    @Test
    void theWalkStopsAfterItsBound() {
        Throwable failure = new IllegalStateException("deepest");
        for (int i = 0; i < 40; i++) {
            failure = new IllegalStateException("wrapper " + i, failure);
        }

        assertThat(Causes.of(failure)).hasSize(Causes.MAX_DEPTH);
        assertThat(Causes.any(failure, cause -> "deepest".equals(cause.getMessage()))).isFalse();
    }
}
