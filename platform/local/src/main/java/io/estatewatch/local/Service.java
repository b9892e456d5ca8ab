package io.estatewatch.local;

import java.util.List;

/** One service of the platform and the port it answers on locally. */
public record Service(String name, int port) {

    /** Every service the platform runs, the gateway first: the one door in. */
    public static final List<Service> LINEUP = List.of(
            new Service("gateway", 8080),
            new Service("complaint-service", 8081),
            new Service("filing-service", 8082),
            new Service("assessment-service", 8083),
            new Service("renovation-service", 8084),
            new Service("reporting-service", 8085));

    /**
     * The lineup with the gateway on {@code gatewayPort} and the services on the five ports after it, in the same
     * order: the usual ports for 8080, other ones when a second platform (a test's) runs beside the first.
     */
    public static List<Service> lineup(int gatewayPort) {
        List<Service> lineup = new java.util.ArrayList<>();
        for (int i = 0; i < LINEUP.size(); i++) {
            lineup.add(new Service(LINEUP.get(i).name(), gatewayPort + i));
        }
        return List.copyOf(lineup);
    }

    /** The service's own database on the shared store: {@code complaint-service} keeps {@code complaint}. */
    public String database() {
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }
}
