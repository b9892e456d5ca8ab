package io.estatewatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {

    @TempDir
    Path workingDirectory;

    @Test
    void resetWipesEverythingUnderDotEstatewatchAndNothingElse() throws Exception {
        StateDirectory state = StateDirectory.in(workingDirectory).create();
        Files.writeString(state.kafka().resolve("server.properties"), "node.id=1");
        Files.createDirectories(state.kafka().resolve("data/estatewatch.complaint.events-0"));
        Files.writeString(state.mongoFile(), "h2");
        Files.writeString(state.logs().resolve("gateway.log"), "started");
        Path neighbour = Files.writeString(workingDirectory.resolve("pom.xml"), "<project/>");

        state.wipe();

        assertThat(state.root()).doesNotExist();
        assertThat(neighbour).exists();
        state.create();
        assertThat(state.kafka()).isEmptyDirectory();
        assertThat(state.logs()).isEmptyDirectory();
    }

    @Test
    void wipingWhatIsNotThereIsFine() {
        StateDirectory.in(workingDirectory).wipe();

        assertThat(workingDirectory.resolve(".estatewatch")).doesNotExist();
    }

    @Test
    void onlyAnEstatewatchDirectoryIsWiped() {
        assertThatIllegalStateException().isThrownBy(() -> new StateDirectory(workingDirectory).wipe());
        assertThat(workingDirectory).exists();
    }
}
