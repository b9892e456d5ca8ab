package io.estatewatch.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;

import org.junit.jupiter.api.Test;

class DemoDistrictOptionsTest {

    @Test
    void withoutFlagsTheReferenceDistrictGoesToTheLocalGateway() {
        DemoDistrict.Options options = DemoDistrict.Options.parse(new String[0]);

        assertThat(options.gateway()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.seed()).isEqualTo(DemoFigures.REFERENCE_SEED);
        assertThat(options.size()).isEqualTo(1.0);
        assertThat(options.replay()).isFalse();
        assertThat(options.hotlineKey()).isEqualTo("local-hotline-key");
        assertThat(DemoFigures.forSeed(options.seed(), options.size())).isSameAs(DemoFigures.REFERENCE);
    }

    @Test
    void flagsChooseAnotherDistrictAndAnotherGateway() {
        DemoDistrict.Options options = DemoDistrict.Options.parse(new String[] {
                "--gateway=http://localhost:18080", "--seed=7", "--size=0.5", "--replay", "--parallel=2"});

        assertThat(options.gateway()).isEqualTo(URI.create("http://localhost:18080"));
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.size()).isEqualTo(0.5);
        assertThat(options.replay()).isTrue();
        assertThat(options.parallelism()).isEqualTo(2);
    }

    @Test
    void badFlagsAreRefusedWithTheReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> DemoDistrict.Options.parse(new String[] {"--seed=x"}))
                .withMessageContaining("--seed wants a number");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoDistrict.Options.parse(new String[] {"--fast"}))
                .withMessageContaining("unknown flag");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoDistrict.Options.parse(new String[] {"--parallel=0"}))
                .withMessageContaining("--parallel");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoFigures.forSeed(1, 20))
                .withMessageContaining("size");
    }
}
