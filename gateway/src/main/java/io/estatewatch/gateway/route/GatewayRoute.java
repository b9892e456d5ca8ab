package io.estatewatch.gateway.route;

import java.util.List;

/**
 * A route of the gateway: requests to {@code paths} go to {@code service}, at the same path unless
 * {@code backendPath} says otherwise, and {@code rules} say who may send them.
 *
 * @param id          the route id (also in the gateway's metrics and logs)
 * @param service     where the requests go
 * @param paths       the path patterns the route takes
 * @param backendPath the path to call at the service instead of the request's own, or {@code null}
 * @param rules       who may use the route, first match wins
 */
public record GatewayRoute(String id, Service service, List<String> paths, String backendPath, List<AccessRule> rules) {

    public GatewayRoute {
        paths = List.copyOf(paths);
        rules = List.copyOf(rules);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("Route " + id + " takes no path");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("Route " + id + " says nobody may use it");
        }
    }

    /** Whether this route serves a service's OpenAPI document. */
    public boolean isApiDocs() {
        return backendPath != null && backendPath.equals(RouteTable.SERVICE_API_DOCS);
    }
}
