package io.estatewatch.servicekit.security;

import io.estatewatch.servicekit.web.WebConventionsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Which decoder a service gets from its configuration, and that a service that could not verify tokens stops. */
class ServiceSecurityConfigurationTest {

    private static final String SECRET = "configuration-test-secret-0123456789";

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceSecurityAutoConfiguration.class,
                    WebConventionsAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
                    SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
                    UserDetailsServiceAutoConfiguration.class));

    @Test
    void aServiceWithNeitherASecretNorAnIssuerDoesNotStart() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("No way to verify bearer tokens")
                    .hasMessageContaining("estatewatch.security.jwt.secret")
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        });
    }

    @Test
    void aSecretShorterThan32BytesStopsTheService() {
        String shortSecret = "short-secret-of-31-bytes-abcdef";
        runner.withPropertyValues("estatewatch.security.jwt.secret=" + shortSecret).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("at least 32 bytes");
            StringWriter report = new StringWriter();
            context.getStartupFailure().printStackTrace(new PrintWriter(report));
            assertThat(report.toString()).doesNotContain(shortSecret);
        });
    }

    @Test
    void aSecretGivesTheSharedSecretDecoderAndOneFilterChainAndNoDefaultUsers() {
        runner.withPropertyValues("estatewatch.security.jwt.secret=" + SECRET).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(JwtDecoder.class).hasBean("sharedSecretJwtDecoder");
            assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("estatewatchSecurityFilterChain");
            assertThat(context).doesNotHaveBean(UserDetailsService.class);
        });
    }

    @Test
    void withoutASecretTheIssuersKeysVerifyTokens() {
        runner.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9/certs")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(JwtDecoder.class).doesNotHaveBean("sharedSecretJwtDecoder");
                    assertThat(context).hasSingleBean(SecurityFilterChain.class);
                });
    }

    @Test
    void aBlankSecretCountsAsUnset() {
        runner.withPropertyValues("estatewatch.security.jwt.secret= ",
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9/certs")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean("sharedSecretJwtDecoder");
                });
    }

    @Test
    void aSecretAndAnIssuerStartWithoutReachingTheIdentityProvider() {
        // Nothing answers on port 9: the identity provider's keys are fetched at the first token, not at start.
        runner.withPropertyValues("estatewatch.security.jwt.secret=" + SECRET,
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9/realms/estatewatch")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(JwtDecoder.class).doesNotHaveBean("sharedSecretJwtDecoder");
                    assertThat(context).hasSingleBean(SecurityFilterChain.class);
                });
    }

    @Test
    void aSecretAndAJwkSetWithoutAnIssuerStopTheServiceAndSayWhatIsMissing() {
        runner.withPropertyValues("estatewatch.security.jwt.secret=" + SECRET,
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9/certs")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("set spring.security.oauth2.resourceserver.jwt.issuer-uri too")
                            .hasMessageContaining(JwtIssuer.GATEWAY_ISSUER);
                });
    }

    @Test
    void anIdentityProviderNamedLikeTheGatewayStopsTheService() {
        runner.withPropertyValues("estatewatch.security.jwt.secret=" + SECRET,
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + JwtIssuer.GATEWAY_ISSUER,
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9/certs")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("issuer-uri must not be " + JwtIssuer.GATEWAY_ISSUER);
                });
    }

    @Test
    void aShortSecretStopsTheServiceNextToAnIssuerToo() {
        runner.withPropertyValues("estatewatch.security.jwt.secret=short-secret-of-31-bytes-abcdef",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9/realms/estatewatch")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("at least 32 bytes");
                });
    }
}
