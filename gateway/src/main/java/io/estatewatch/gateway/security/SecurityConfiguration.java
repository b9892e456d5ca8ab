package io.estatewatch.gateway.security;

import io.estatewatch.gateway.GatewayProperties;
import io.estatewatch.gateway.route.AccessPolicy;
import io.estatewatch.gateway.route.AccessRule;
import io.estatewatch.gateway.route.RouteTable;
import io.estatewatch.gateway.web.Problems;
import io.estatewatch.gateway.web.SecurityHeadersWriter;
import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.JwkSetUriReactiveJwtDecoderBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The gateway's door: staff bearer JWTs (OAuth2 resource server), hotline API keys, anonymous callers where the route
 * table admits them; every request decided by {@link RouteAccessManager}; no sessions, no cookies, no CSRF; 401/403
 * as problem+json; security headers and CORS.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({GatewayProperties.class, TokenProperties.class})
public class SecurityConfiguration {

    private static final Duration IDENTITY_PROVIDER_TIMEOUT = Duration.ofMillis(500);

    @Bean
    TokenMinter tokenMinter(TokenProperties tokens) {
        return new TokenMinter(tokens.jwt().secret(), Clock.systemUTC());
    }

    @Bean
    ApiKeys apiKeys(GatewayProperties properties) {
        return new ApiKeys(properties.apiKeys());
    }

    /** The route table's rules, then those of endpoints that exist only in some profiles (the dev token). */
    @Bean
    AccessPolicy accessPolicy(ObjectProvider<AccessRule> profileRules) {
        return new AccessPolicy(RouteTable.allRules(profileRules.orderedStream().toArray(AccessRule[]::new)));
    }

    /**
     * Staff tokens with the shared HS256 secret, when no identity provider is configured (local profile, tests). With
     * one ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or
     * {@code public-key-location}; Keycloak in production), this bean is absent and Boot's resource-server
     * auto-configuration builds the decoder: the same checks as the services' (issuer, {@code jws-algorithms},
     * {@code audiences}), so that the door refuses no staff token a service would take, and lets none in it would not.
     */
    @Bean
    @Conditional(NoIdentityProvider.class)
    ReactiveJwtDecoder sharedSecretJwtDecoder(TokenProperties tokens) {
        SecretKeySpec key = new SecretKeySpec(tokens.jwt().secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return NimbusReactiveJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, GatewayProperties properties,
                                                  TokenProperties tokens, ApiKeys apiKeys, AccessPolicy policy,
                                                  ReactiveJwtDecoder jwtDecoder) {
        ProblemSecurityHandlers problems =
                new ProblemSecurityHandlers(properties.resilience().waitDurationInOpenState());
        TokenClaims claims = new TokenClaims(tokens.roleClaim(), tokens.usernameClaim());
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(
                        org.springframework.security.web.server.savedrequest.NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .contentTypeOptions(options -> { })
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .writer(new SecurityHeadersWriter(properties.headers().hsts(),
                                properties.headers().dashboardPolicy())))
                .addFilterAt(ApiKeyAuthentication.filter(apiKeys, problems), SecurityWebFiltersOrder.AUTHENTICATION)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(problems)
                        .authenticationFailureHandler(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(token -> {
                            try {
                                return Mono.just(new CallerAuthentication(claims.toCaller(token.getClaims()),
                                        token.getTokenValue()));
                            } catch (IllegalArgumentException unknownCaller) {
                                return Mono.error(new InvalidBearerTokenException(unknownCaller.getMessage()));
                            }
                        })))
                .authorizeExchange(exchanges -> exchanges.anyExchange().access(new RouteAccessManager(policy)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        List<String> origins = properties.cors().allowedOrigins();
        if (origins.isEmpty()) {
            http.cors(ServerHttpSecurity.CorsSpec::disable);
        } else {
            http.cors(cors -> cors.configurationSource(corsSource(origins)));
        }
        return http.build();
    }

    /**
     * The identity provider's discovery document and keys are fetched within half a second to connect and half a
     * second to answer, as the services' (servlet) decoder does by Spring Security's default. The reactive decoder's
     * own client has no response timeout: a silent identity provider would hold staff requests at the door for as
     * long as their clients wait.
     */
    @Bean
    JwkSetUriReactiveJwtDecoderBuilderCustomizer identityProviderTimeouts() {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) IDENTITY_PROVIDER_TIMEOUT.toMillis())
                .responseTimeout(IDENTITY_PROVIDER_TIMEOUT);
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        return builder -> builder.webClient(client);
    }

    /**
     * Requests Spring Security's firewall rejects (paths with {@code ..}, encoded slashes or dots, …) get a 400
     * problem like every other refusal, instead of an empty body.
     */
    @Bean
    static BeanPostProcessor firewallRejectionsAsProblems() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler((exchange, rejected) -> Problems.write(exchange,
                            Problems.Kind.BAD_REQUEST, "The request path is not acceptable: it must be normalised "
                                    + "(no '..', no encoded '/' or '.')."));
                }
                return bean;
            }
        };
    }

    /** None of Boot's properties that configure a decoder for an identity provider has a value. */
    static final class NoIdentityProvider extends SpringBootCondition {

        private static final List<String> PROPERTIES = List.of("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "spring.security.oauth2.resourceserver.jwt.public-key-location");

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return PROPERTIES.stream()
                    .filter(property -> StringUtils.hasText(context.getEnvironment().getProperty(property)))
                    .findFirst()
                    .map(property -> ConditionOutcome.noMatch(property + " is set: Boot's decoder checks staff tokens"))
                    .orElseGet(() -> ConditionOutcome.match("no identity provider: the secret checks staff tokens"));
        }
    }

    private static UrlBasedCorsConfigurationSource corsSource(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(Arrays.stream(new HttpMethod[]{HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
                HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}).map(HttpMethod::name).toList());
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                HttpHeaders.ACCEPT_LANGUAGE, "Idempotency-Key", "X-Correlation-Id"));
        cors.setExposedHeaders(List.of("X-Correlation-Id", HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION,
                "X-RateLimit-Remaining"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
