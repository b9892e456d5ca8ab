package io.estatewatch.gateway.route;

import io.estatewatch.gateway.security.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.estatewatch.gateway.route.AccessRule.any;
import static io.estatewatch.gateway.route.AccessRule.post;
import static io.estatewatch.gateway.route.AccessRule.read;
import static io.estatewatch.gateway.route.AccessRule.write;
import static io.estatewatch.gateway.route.Audience.ADMIN;
import static io.estatewatch.gateway.route.Audience.ANYONE;
import static io.estatewatch.gateway.route.Audience.DISTRICT;
import static io.estatewatch.gateway.route.Audience.READERS;
import static io.estatewatch.gateway.route.Audience.STAFF;

/**
 * Every route of the gateway and who may use it: the one table from which the gateway's routes, its authorisation
 * and the route-enumeration test are all built. A route that is not here does not exist; a request that no rule
 * admits is refused (401 without credentials, 403 with).
 *
 * <p>This is the coarse role × route matrix. The services apply the data scopes on top (a street officer's streets,
 * a company user's company, published results for the public, a hotline client's channels), because only they know
 * which street or company a record belongs to.
 */
public final class RouteTable {

    /** Where every service serves its OpenAPI document. */
    public static final String SERVICE_API_DOCS = "/v3/api-docs";

    private static final Audience HOTLINE_AND_STAFF = STAFF.and(Role.HOTLINE_CLIENT);

    private static final List<GatewayRoute> ROUTES = List.of(
            new GatewayRoute("complaints", Service.COMPLAINT,
                    List.of("/api/v1/complaints", "/api/v1/complaints/**"), null, List.of(
                    post(HOTLINE_AND_STAFF, "/api/v1/complaints", "/api/v1/complaints/batch"),
                    read(READERS.and(Role.HOTLINE_CLIENT), "/api/v1/complaints/{id}"),
                    read(READERS, "/api/v1/complaints", "/api/v1/complaints/**"),
                    post(STAFF.and(Role.COMPANY_USER),
                            "/api/v1/complaints/{id}/response", "/api/v1/complaints/{id}/resolution"),
                    write(STAFF, "/api/v1/complaints/**"))),
            new GatewayRoute("open311", Service.COMPLAINT, List.of("/open311/v2/**"), null, List.of(
                    post(HOTLINE_AND_STAFF, "/open311/v2/**"),
                    read(ANYONE, "/open311/v2/**"))),
            new GatewayRoute("companies", Service.FILING,
                    List.of("/api/v1/companies", "/api/v1/companies/**"), null, List.of(
                    read(READERS, "/api/v1/companies", "/api/v1/companies/**"),
                    write(DISTRICT, "/api/v1/companies", "/api/v1/companies/**"))),
            new GatewayRoute("estates", Service.FILING,
                    List.of("/api/v1/estates", "/api/v1/estates/**"), null, List.of(
                    read(READERS, "/api/v1/estates", "/api/v1/estates/**"),
                    write(DISTRICT, "/api/v1/estates", "/api/v1/estates/**"))),
            new GatewayRoute("filings", Service.FILING,
                    List.of("/api/v1/filings", "/api/v1/filings/**"), null, List.of(
                    read(READERS, "/api/v1/filings", "/api/v1/filings/**"),
                    post(DISTRICT, "/api/v1/filings/{id}/decision"),
                    write(READERS, "/api/v1/filings", "/api/v1/filings/**"))),
            new GatewayRoute("assessment", Service.ASSESSMENT, List.of("/api/v1/assessment/**"), null, List.of(
                    read(ANYONE, "/api/v1/assessment/rounds", "/api/v1/assessment/rounds/**"),
                    read(READERS, "/api/v1/assessment/**"),
                    post(DISTRICT, "/api/v1/assessment/rounds"),
                    write(STAFF, "/api/v1/assessment/**"))),
            new GatewayRoute("renovation", Service.RENOVATION, List.of("/api/v1/renovation/**"), null, List.of(
                    read(READERS, "/api/v1/renovation/**"),
                    write(DISTRICT, "/api/v1/renovation/**"))),
            new GatewayRoute("reports", Service.REPORTING, List.of("/api/v1/reports/**"), null, List.of(
                    // A company user reads its own scorecard; the service holds it to its company.
                    read(STAFF.and(Role.COMPANY_USER), "/api/v1/reports/scorecards", "/api/v1/reports/scorecards/**"),
                    read(STAFF, "/api/v1/reports/**"))),
            new GatewayRoute("admin-projections", Service.REPORTING, List.of("/api/v1/admin/projections/**"), null,
                    List.of(any(ADMIN, "/api/v1/admin/**"))),
            new GatewayRoute("dashboard", Service.REPORTING, List.of("/dashboard", "/dashboard/**", "/webjars/**"),
                    null, List.of(read(ANYONE, "/dashboard", "/dashboard/**", "/webjars/**"))),
            apiDocs(Service.COMPLAINT),
            apiDocs(Service.FILING),
            apiDocs(Service.ASSESSMENT),
            apiDocs(Service.RENOVATION),
            apiDocs(Service.REPORTING));

    /** What the gateway answers itself: its Swagger UI, its own OpenAPI document, health and metrics. */
    private static final List<AccessRule> GATEWAY_ENDPOINTS = List.of(
            read(ANYONE, "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/swagger-config"),
            read(ANYONE, "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"));

    private RouteTable() {
    }

    /** The routes, in the order the gateway tries them. */
    public static List<GatewayRoute> routes() {
        return ROUTES;
    }

    /** The rules of the endpoints the gateway answers itself (not routed to a service). */
    public static List<AccessRule> gatewayEndpoints() {
        return GATEWAY_ENDPOINTS;
    }

    /** Every rule, routes first, in the order they are tried, followed by {@code extra} (e.g. local-only ones). */
    public static List<AccessRule> allRules(AccessRule... extra) {
        List<AccessRule> rules = new ArrayList<>();
        ROUTES.forEach(route -> rules.addAll(route.rules()));
        rules.addAll(GATEWAY_ENDPOINTS);
        rules.addAll(Arrays.asList(extra));
        return List.copyOf(rules);
    }

    /** The route that serves {@code service}'s OpenAPI document. */
    public static GatewayRoute apiDocsRoute(Service service) {
        return ROUTES.stream().filter(route -> route.isApiDocs() && route.service() == service).findFirst()
                .orElseThrow();
    }

    /** The path at which the gateway serves {@code service}'s OpenAPI document. */
    public static String apiDocsPath(Service service) {
        return SERVICE_API_DOCS + "/" + service.serviceName();
    }

    private static GatewayRoute apiDocs(Service service) {
        return new GatewayRoute(service.serviceName() + "-api-docs", service, List.of(apiDocsPath(service)),
                SERVICE_API_DOCS, List.of(read(ANYONE, apiDocsPath(service))));
    }
}
