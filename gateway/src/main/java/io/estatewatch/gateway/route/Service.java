package io.estatewatch.gateway.route;

/**
 * The services behind the gateway. Their addresses come from {@code estatewatch.gateway.services.<name>.uri}; the
 * local platform's fixed ports are the defaults.
 */
public enum Service {

    COMPLAINT("complaint-service", 8081),
    FILING("filing-service", 8082),
    ASSESSMENT("assessment-service", 8083),
    RENOVATION("renovation-service", 8084),
    REPORTING("reporting-service", 8085);

    private final String serviceName;
    private final int localPort;

    Service(String serviceName, int localPort) {
        this.serviceName = serviceName;
        this.localPort = localPort;
    }

    /** The name used in configuration, route ids, circuit breaker names and the OpenAPI document path. */
    public String serviceName() {
        return serviceName;
    }

    /** The port the local platform runs it on. */
    public int localPort() {
        return localPort;
    }
}
