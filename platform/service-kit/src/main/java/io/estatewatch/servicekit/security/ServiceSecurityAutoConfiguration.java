package io.estatewatch.servicekit.security;

import io.estatewatch.servicekit.web.ProblemResponses;
import io.estatewatch.servicekit.web.WebConventionsAutoConfiguration;
import io.estatewatch.servicekit.web.WebConventionsProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import javax.crypto.spec.SecretKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every service is an OAuth2 resource server: stateless, no CSRF (no cookies, no sessions), a valid JWT on every
 * request but health, info, prometheus, the OpenAPI documents and {@code estatewatch.security.public-paths}; 401
 * and 403 as problem+json; the caller as a {@link Caller} controller parameter.
 *
 * <p>Tokens are verified with {@code estatewatch.security.jwt.secret} (HS256) when only it is set, by Boot's decoder
 * from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} / {@code jwk-set-uri} when only the identity
 * provider is configured, and by both when both are: each token by the verifier of the issuer it names
 * ({@value JwtIssuer#GATEWAY_ISSUER} for the gateway's HS256 tokens, {@code issuer-uri} for the identity provider's),
 * any other issuer refused. With neither, the service does not start: it would have no way to tell a caller from
 * anyone. An identity provider out of reach makes its tokens a 503 with {@code Retry-After}, not a 500
 * ({@link SecurityProblems}); the gateway's tokens pass meanwhile.
 *
 * <p>Runs before Boot's security auto-configurations, so that its decoder and filter chain make theirs back off.
 * A service adds rules with its own {@link SecurityFilterChain} of higher precedence (a smaller {@code @Order})
 * and a {@code securityMatcher}.
 */
@AutoConfiguration(
        before = {OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
                ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
                UserDetailsServiceAutoConfiguration.class},
        after = WebConventionsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, BearerTokenAuthenticationToken.class})
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class ServiceSecurityAutoConfiguration {

    /** Paths every service answers without a token. */
    public static final List<String> ALWAYS_PUBLIC = List.of(
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");

    /** The shared HS256 secret. */
    public static final String SECRET_PROPERTY = "estatewatch.security.jwt.secret";

    /** The identity provider's issuer: with the secret set too, the {@code iss} its tokens are told apart by. */
    public static final String ISSUER_URI_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /** Boot's properties that configure a decoder for the identity provider's tokens. */
    static final List<String> IDENTITY_PROVIDER_PROPERTIES = List.of(ISSUER_URI_PROPERTY,
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.public-key-location");

    /** The order of the service kit's filter chain: the last, so that a service's own chains come first. */
    public static final int FILTER_CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @Conditional(OnSharedSecretAlone.class)
    JwtDecoder sharedSecretJwtDecoder(ServiceSecurityProperties properties) {
        return sharedSecretDecoder(properties);
    }

    @Bean
    CallerAuthenticationConverter callerAuthenticationConverter(ServiceSecurityProperties properties) {
        return new CallerAuthenticationConverter(properties);
    }

    @Bean
    SecurityProblems securityProblems(ProblemResponses problems, WebConventionsProperties web) {
        return new SecurityProblems(problems, web.getUnavailableRetryAfter());
    }

    @Bean
    @Order(FILTER_CHAIN_ORDER)
    SecurityFilterChain estatewatchSecurityFilterChain(HttpSecurity http, ServiceSecurityProperties properties,
                                                       ObjectProvider<JwtDecoder> decoders,
                                                       CallerAuthenticationConverter converter,
                                                       SecurityProblems problems,
                                                       Environment environment) throws Exception {
        JwtDecoder configured = decoders.getIfAvailable();
        if (configured == null) {
            throw noDecoder();
        }
        JwtDecoder decoder = verifier(properties, configured, environment);
        List<String> publicPaths = new ArrayList<>(ALWAYS_PUBLIC);
        publicPaths.addAll(properties.publicPaths());
        http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        // The container's error dispatch renders the problem of a request already decided on.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(publicPaths.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        // The configurer offers no failure handler of its own; Spring's default would rethrow the
                        // identity provider being unreachable, to end as a 500.
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerArgumentResolverConfigurer(CallerAuthenticationConverter converter) {
        CallerArgumentResolver resolver = new CallerArgumentResolver(converter);
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }

    /** The configured decoder alone, or the identity provider's with the gateway's next to it when both are set. */
    private static JwtDecoder verifier(ServiceSecurityProperties properties, JwtDecoder configured,
                                       PropertyResolver environment) {
        if (!identityProviderConfigured(environment)) {
            return configured;
        }
        JwtDecoder identityProvider = new IdentityProviderJwtDecoder(configured);
        return properties.jwt().hasSecret()
                ? gatewayAndIdentityProvider(properties, environment.getProperty(ISSUER_URI_PROPERTY), identityProvider)
                : identityProvider;
    }

    /**
     * The gateway's HS256 tokens next to the identity provider's, told apart by {@code iss}: the gateway still mints
     * its own tokens for hotline API keys and anonymous callers when staff sign in at the identity provider.
     */
    private static JwtDecoder gatewayAndIdentityProvider(ServiceSecurityProperties properties, String issuerUri,
                                                         JwtDecoder identityProvider) {
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException(SECRET_PROPERTY + " and the identity provider's keys are both set: set "
                    + ISSUER_URI_PROPERTY + " too (the identity provider's issuer, exactly as its tokens' 'iss'), so "
                    + "that its tokens can be told from the gateway's ('iss' " + JwtIssuer.GATEWAY_ISSUER + ")");
        }
        if (issuerUri.equals(JwtIssuer.GATEWAY_ISSUER)) {
            throw new IllegalStateException(ISSUER_URI_PROPERTY + " must not be " + JwtIssuer.GATEWAY_ISSUER
                    + ": that is the issuer of the gateway's own tokens");
        }
        NimbusJwtDecoder gateway = sharedSecretDecoder(properties);
        gateway.setJwtValidator(JwtValidators.createDefaultWithIssuer(JwtIssuer.GATEWAY_ISSUER));
        return new IssuerRoutingJwtDecoder(Map.of(JwtIssuer.GATEWAY_ISSUER, gateway, issuerUri, identityProvider));
    }

    /** HS256 only: a token signed otherwise (RS256 with a public key, none) never passes this check. */
    private static NimbusJwtDecoder sharedSecretDecoder(ServiceSecurityProperties properties) {
        return NimbusJwtDecoder
                .withSecretKey(new SecretKeySpec(properties.jwt().secretKey(), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }

    private static boolean identityProviderConfigured(PropertyResolver environment) {
        return IDENTITY_PROVIDER_PROPERTIES.stream().anyMatch(property -> hasText(environment, property));
    }

    private static boolean hasText(PropertyResolver environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }

    private static IllegalStateException noDecoder() {
        return new IllegalStateException("No way to verify bearer tokens: set estatewatch.security.jwt.secret "
                + "(HS256, local and tests) or spring.security.oauth2.resourceserver.jwt.issuer-uri / jwk-set-uri "
                + "(the identity provider, e.g. Keycloak)");
    }

    /**
     * {@code estatewatch.security.jwt.secret} is set and not blank (a blank one, e.g. {@code ${JWT_SECRET:}}, is
     * unset), and no identity provider is: with one, Boot's decoder is made for it and the secret joins it.
     */
    static final class OnSharedSecretAlone extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            if (!hasText(context.getEnvironment(), SECRET_PROPERTY)) {
                return ConditionOutcome.noMatch(SECRET_PROPERTY + " is not set");
            }
            return identityProviderConfigured(context.getEnvironment())
                    ? ConditionOutcome.noMatch(SECRET_PROPERTY + " is set, and an identity provider too")
                    : ConditionOutcome.match(SECRET_PROPERTY + " is set, and no identity provider");
        }
    }

    /** The OpenAPI documents: {@code Caller} is no request parameter, and every operation takes a bearer JWT. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({SpringDocUtils.class, OpenApiCustomizer.class})
    static class OpenApiSecurityConfiguration {

        static final String SCHEME = "bearer-jwt";

        static {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        }

        /** The static ignore above is not always honoured; this drops the caller (or its flattened fields) for certain. */
        @Bean
        org.springdoc.core.customizers.OperationCustomizer callerIsNoRequestParameter() {
            java.util.Set<String> callerFields = java.util.Arrays.stream(Caller.class.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
            return (operation, handler) -> {
                java.util.Set<String> callerNames = new java.util.HashSet<>();
                java.util.Set<String> declared = new java.util.HashSet<>();
                for (org.springframework.core.MethodParameter parameter : handler.getMethodParameters()) {
                    parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                    (parameter.getParameterType() == Caller.class ? callerNames : declared).add(parameter.getParameterName());
                }
                if (!callerNames.isEmpty() && operation.getParameters() != null) {
                    operation.getParameters().removeIf(p -> callerNames.contains(p.getName())
                            || (callerFields.contains(p.getName()) && !declared.contains(p.getName())));
                }
                return operation;
            };
        }

        @Bean
        OpenApiCustomizer bearerJwtOpenApiCustomizer() {
            return openApi -> {
                if (openApi.getComponents() == null) {
                    openApi.setComponents(new Components());
                }
                openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
                if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
                    openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
                }
            };
        }
    }
}
