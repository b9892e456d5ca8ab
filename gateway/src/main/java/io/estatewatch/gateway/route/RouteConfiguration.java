package io.estatewatch.gateway.route;

import io.estatewatch.gateway.GatewayProperties;
import io.estatewatch.gateway.openapi.ApiDocsRewriter;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.Map;

/**
 * Turns the {@link RouteTable} into Spring Cloud Gateway routes. Every route gets its service's circuit breaker (with
 * the service's timeout as time limit) and, for GET only, retries on a failed connection or a 502/503; a service's
 * OpenAPI route also points the document's {@code servers} at the gateway.
 *
 * <p>One breaker per service, shared by its routes: a service that is down is down for all of them, and a route
 * that is rarely used should not have to find that out on its own.
 */
@Configuration(proxyBeanMethods = false)
public class RouteConfiguration {

    @Bean
    RouteLocator estateWatchRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
        Map<Service, GatewayProperties.Backend> backends = properties.backends();
        GatewayProperties.Resilience resilience = properties.resilience();
        RouteLocatorBuilder.Builder routes = builder.routes();
        int order = 0;
        for (GatewayRoute route : RouteTable.routes()) {
            GatewayProperties.Backend backend = backends.get(route.service());
            int routeOrder = order++;
            routes.route(route.id(), spec -> spec.order(routeOrder)
                    .path(route.paths().toArray(String[]::new))
                    .filters(filters -> filters(filters, route, resilience))
                    .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, backend.timeout().toMillis())
                    .uri(backend.uri()));
        }
        return routes.build();
    }

    private static GatewayFilterSpec filters(GatewayFilterSpec filters, GatewayRoute route,
                                             GatewayProperties.Resilience resilience) {
        if (route.backendPath() != null) {
            filters.setPath(route.backendPath());
        }
        if (route.isApiDocs()) {
            filters.modifyResponseBody(byte[].class, byte[].class, ApiDocsRewriter::rewrite);
        }
        filters.circuitBreaker(breaker -> breaker.setName(route.service().serviceName()));
        if (resilience.retries() > 0) {
            filters.retry(retry -> retry
                    .setRetries(resilience.retries())
                    .setMethods(HttpMethod.GET)
                    .setSeries()
                    .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                    .setExceptions(IOException.class)
                    .setBackoff(new RetryGatewayFilterFactory.BackoffConfig(resilience.retryBackoff(),
                            resilience.retryBackoff().multipliedBy(4), 2, false)));
        }
        return filters;
    }

    /** Each service's breaker and time limit, from {@code estatewatch.gateway.resilience} and its timeout. */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceBreakers(GatewayProperties properties) {
        GatewayProperties.Resilience resilience = properties.resilience();
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .failureRateThreshold(resilience.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(resilience.slidingWindowSize())
                .minimumNumberOfCalls(resilience.minimumNumberOfCalls())
                .waitDurationInOpenState(resilience.waitDurationInOpenState())
                .permittedNumberOfCallsInHalfOpenState(resilience.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build();
        return factory -> properties.backends().forEach((service, backend) -> factory.configure(
                config -> config.circuitBreakerConfig(breaker)
                        .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(backend.timeout()).build()),
                service.serviceName()));
    }
}
