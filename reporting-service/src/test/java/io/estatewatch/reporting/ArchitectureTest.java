package io.estatewatch.reporting;

import io.estatewatch.testkit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theReportingServiceKeepsTheRulesEveryServiceKeeps() {
        ServiceArchitecture.verify("reporting");
    }
}
