package io.estatewatch.benchmarks.faults;

/**
 * What the fault tests run. The default build runs what fits its budget (a few minutes on two cores); the rest is a
 * system property away (surefire passes {@code -D} properties on to the test JVM).
 */
final class FaultSettings {

    /**
     * {@code -Destatewatch.faults=full}: also fuzz the filing, assessment and renovation services, and run the
     * consumer-kill test against the stand-in consumer even though the real reporting-service is built.
     */
    static final boolean FULL = "full".equals(System.getProperty("estatewatch.faults"));

    /**
     * {@code -Destatewatch.faults.known-findings=true}: also the cases of docs/reliability.md's open findings, which
     * fail until they are fixed; without it they are left out or reported as skipped, so the build stays green.
     */
    static final boolean KNOWN_FINDINGS = Boolean.getBoolean("estatewatch.faults.known-findings");

    private FaultSettings() {
    }
}
