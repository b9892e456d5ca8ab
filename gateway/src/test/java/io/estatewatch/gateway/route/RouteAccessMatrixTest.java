package io.estatewatch.gateway.route;

import io.estatewatch.gateway.support.Credentials;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.StubBackend;
import io.estatewatch.gateway.support.StubServices;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role × route matrix, enumerated from the {@link RouteTable} itself: every rule of every route, with every
 * method and path pattern it covers, sent through the running gateway with every kind of credential, must give the
 * rule's audience the service's answer (and reach the right service), everyone else 401 or 403. A route added to
 * the table is probed here without anyone writing a test for it; a route added anywhere else fails
 * {@link #theGatewayRoutesExactlyTheRouteTable}.
 */
class RouteAccessMatrixTest extends GatewayTestSupport {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Autowired
    private RouteLocator routeLocator;

    @Autowired
    private AccessPolicy policy;

    @Test
    void theGatewayRoutesExactlyTheRouteTable() {
        List<String> routed = routeLocator.getRoutes().map(Route::getId).collectList().block();
        assertThat(routed).containsExactlyElementsOf(RouteTable.routes().stream().map(GatewayRoute::id).toList());
    }

    @Test
    void everyPathOfARouteIsGovernedByThatRoutesOwnRules() {
        for (GatewayRoute route : RouteTable.routes()) {
            for (String path : route.paths()) {
                String sample = sample(path);
                boolean someoneMayUseIt = false;
                for (HttpMethod method : AccessRule.ANY) {
                    Optional<AccessRule> rule = policy.ruleFor(method, sample);
                    rule.ifPresent(decided -> assertThat(route.rules())
                            .as("%s %s of route %s is decided by another route's rule", method, sample, route.id())
                            .contains(decided));
                    someoneMayUseIt |= rule.isPresent();
                }
                assertThat(someoneMayUseIt).as("nobody may use %s of route %s", path, route.id()).isTrue();
            }
        }
    }

    @TestFactory
    Stream<DynamicNode> everyRuleAdmitsItsAudienceAndRefusesEveryoneElse() {
        return RouteTable.routes().stream().map(route -> DynamicContainer.dynamicContainer(route.id(),
                route.rules().stream().flatMap(rule -> probes(route, rule))));
    }

    @TestFactory
    Stream<DynamicNode> theGatewaysOwnEndpointsAreOpenToAnyone() {
        return RouteTable.gatewayEndpoints().stream()
                .flatMap(rule -> rule.patterns().stream())
                .map(pattern -> DynamicTest.dynamicTest("GET " + sample(pattern), () -> {
                    int status = client.get().uri(sample(pattern)).exchange().returnResult(Void.class).getStatus().value();
                    assertThat(status).as("GET %s", sample(pattern)).isNotIn(401, 403);
                }));
    }

    private Stream<DynamicNode> probes(GatewayRoute route, AccessRule rule) {
        List<DynamicNode> probes = new ArrayList<>();
        for (HttpMethod method : sorted(rule.methods())) {
            List<String> paths = probePaths(route, rule, method);
            probes.add(DynamicTest.dynamicTest(method + " " + rule.patterns() + " has a path to probe",
                    () -> assertThat(paths).isNotEmpty()));
            for (String path : paths) {
                for (Credentials credentials : Credentials.values()) {
                    int expected = credentials.expectedStatus(rule.audience());
                    probes.add(DynamicTest.dynamicTest(method + " " + path + " as " + credentials + " → " + expected,
                            () -> probe(route, method, path, credentials, expected)));
                }
            }
        }
        return probes.stream();
    }

    /**
     * Paths that the route serves and that this rule decides for {@code method}: samples of the rule's patterns, and
     * of the route's own paths where the rule is broader than the route (such as {@code /api/v1/admin/**}).
     */
    private List<String> probePaths(GatewayRoute route, AccessRule rule, HttpMethod method) {
        AccessPolicy routePaths = new AccessPolicy(List.of(new AccessRule(Set.of(method), route.paths(), rule.audience())));
        return Stream.concat(rule.patterns().stream(), route.paths().stream())
                .map(RouteAccessMatrixTest::sample)
                .distinct()
                .filter(path -> routePaths.ruleFor(method, path).isPresent())
                .filter(path -> policy.ruleFor(method, path).filter(rule::equals).isPresent())
                .toList();
    }

    private void probe(GatewayRoute route, HttpMethod method, String path, Credentials credentials, int expected) {
        StubBackend service = StubServices.of(route.service());
        service.forget();
        WebTestClient.RequestBodySpec request = client.method(method).uri(path).headers(credentials.apply());
        WebTestClient.RequestHeadersSpec<?> withBody = WITH_BODY.contains(method)
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}") : request;
        WebTestClient.ResponseSpec response = withBody.exchange();
        response.expectStatus().isEqualTo(expected);
        if (expected == 200) {
            assertThat(service.last().method()).isEqualTo(method.name());
            assertThat(service.last().path()).isEqualTo(route.backendPath() != null ? route.backendPath() : path);
        } else {
            response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(service.received()).as("a refused request reached %s", service.name()).isEmpty();
        }
    }

    /** A concrete path a pattern matches: {@code {id}} → {@code probe-id}, {@code *} → probe, {@code **} → two segments. */
    static String sample(String pattern) {
        return Arrays.stream(pattern.split("/", -1))
                .map(segment -> switch (segment) {
                    case "**" -> "probe/deeper";
                    case "*" -> "probe";
                    default -> segment.startsWith("{") ? "probe-" + segment.replaceAll("[{}]", "") : segment;
                })
                .collect(Collectors.joining("/"));
    }

    private static List<HttpMethod> sorted(Set<HttpMethod> methods) {
        return methods.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }
}
