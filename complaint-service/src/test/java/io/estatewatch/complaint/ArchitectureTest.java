package io.estatewatch.complaint;

import io.estatewatch.testkit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theComplaintServiceKeepsTheArchitectureRules() {
        ServiceArchitecture.verify("complaint");
    }
}
