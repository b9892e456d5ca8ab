package io.estatewatch.benchmarks.faults;

/**
 * What the fault tests run. The default build runs what fits its budget (a few minutes on two cores); the rest is a
 * system property away (surefire passes {@code -D} properties on to the test JVM).
 */
final class FaultSettings {

    /**
     * {@code -Destatewatch.faults=full}: also run the consumer-kill test against the stand-in consumer even though the
     * real reporting-service is built.
     */
    static final boolean FULL = "full".equals(System.getProperty("estatewatch.faults"));

    private FaultSettings() {
    }
}
