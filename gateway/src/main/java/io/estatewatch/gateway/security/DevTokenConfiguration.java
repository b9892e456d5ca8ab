package io.estatewatch.gateway.security;

import io.estatewatch.gateway.GatewayProperties;
import io.estatewatch.gateway.route.AccessRule;
import io.estatewatch.gateway.route.Audience;
import io.estatewatch.gateway.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /auth/dev-token}: a signed token for any role, for trying the platform out. Exists in the
 * {@code local} profile only, and refuses to start next to {@code prod}.
 *
 * <pre>{@code {"username":"li.wei","role":"STREET_OFFICER","streets":["Xinhua"]} → {"token":"<JWT>",...}}</pre>
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
public class DevTokenConfiguration {

    /** Anyone may ask for a dev token: that is what the local profile is for. */
    public static final AccessRule ACCESS = AccessRule.post(Audience.ANYONE, GatewayProperties.DevToken.PATH);

    public DevTokenConfiguration(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The local profile (dev tokens, demo key) must not run with the prod profile");
        }
    }

    @Bean
    AccessRule devTokenAccess() {
        return ACCESS;
    }

    @Bean
    RouterFunction<ServerResponse> devTokenEndpoint(TokenMinter minter, GatewayProperties properties) {
        Duration lifetime = properties.devToken().lifetime();
        return RouterFunctions.route().POST(GatewayProperties.DevToken.PATH, request -> issue(request, minter, lifetime))
                .build();
    }

    private static Mono<ServerResponse> issue(ServerRequest request, TokenMinter minter, Duration lifetime) {
        return request.bodyToMono(DevTokenRequest.class)
                .map(Optional::of)
                .onErrorResume(unreadable -> Mono.just(Optional.empty()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(body -> {
                    Caller caller;
                    try {
                        caller = body.orElseThrow(() -> new IllegalArgumentException("The body must be JSON: "
                                + "{\"username\",\"role\",\"streets\"?,\"companyId\"?,\"channels\"?}")).toCaller();
                    } catch (IllegalArgumentException invalid) {
                        return ServerResponse.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                                .bodyValue(Problems.body(request.exchange(), Problems.Kind.BAD_REQUEST,
                                        invalid.getMessage(), Map.of()));
                    }
                    return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of(
                            "token", minter.mint(caller, lifetime),
                            "tokenType", "Bearer",
                            "expiresIn", lifetime.toSeconds()));
                });
    }

    /** What the endpoint takes; STREET_OFFICER needs streets, COMPANY_USER a companyId. */
    record DevTokenRequest(String username, String role, List<String> streets, String companyId,
                           List<String> channels) {

        Caller toCaller() {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("username is required");
            }
            Role parsed = Role.parse(role).orElseThrow(() -> new IllegalArgumentException(
                    "role must be one of " + List.of(Role.values())));
            Set<String> streetSet = streets == null ? Set.of() : Set.copyOf(streets);
            if (parsed == Role.STREET_OFFICER && streetSet.isEmpty()) {
                throw new IllegalArgumentException("a STREET_OFFICER needs \"streets\"");
            }
            if (parsed == Role.COMPANY_USER && (companyId == null || companyId.isBlank())) {
                throw new IllegalArgumentException("a COMPANY_USER needs \"companyId\"");
            }
            Set<String> channelSet = channels != null ? Set.copyOf(channels)
                    : parsed == Role.HOTLINE_CLIENT ? Set.of(Caller.ALL_CHANNELS) : Set.of();
            return new Caller(username.trim(), parsed, Credential.BEARER_TOKEN, streetSet, companyId, channelSet);
        }
    }
}
