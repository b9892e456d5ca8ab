package io.estatewatch.gateway.web;

import io.estatewatch.gateway.GatewayProperties;
import io.estatewatch.gateway.security.ForwardedCredentialsFilter;
import io.estatewatch.gateway.security.HotlineChannelFilter;
import io.estatewatch.gateway.security.TokenMinter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The filters every request passes and the handler that turns errors into problem+json. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(GatewayProperties properties) {
        return new RequestBodyLimitFilter(properties.maxBodySize().toBytes());
    }

    @Bean
    @Order(ProblemExceptionHandler.ORDER)
    ProblemExceptionHandler problemExceptionHandler(GatewayProperties properties) {
        return new ProblemExceptionHandler(properties.resilience().waitDurationInOpenState());
    }

    @Bean
    HotlineChannelFilter hotlineChannelFilter() {
        return new HotlineChannelFilter();
    }

    @Bean
    ForwardedCredentialsFilter forwardedCredentialsFilter(TokenMinter minter, GatewayProperties properties) {
        return new ForwardedCredentialsFilter(minter, properties.forwardedTokenLifetime());
    }
}
