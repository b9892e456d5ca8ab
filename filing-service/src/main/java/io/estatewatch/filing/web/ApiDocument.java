package io.estatewatch.filing.web;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says the service is. */
@Configuration(proxyBeanMethods = false)
public class ApiDocument {

    @Bean
    OpenApiCustomizer filingServiceInfo() {
        return api -> api.info(new Info().title("Estate Watch filing-service").version("v1")
                .description("The estate and property-company register (物业小区与物业服务企业), the source of truth the "
                        + "other services route by, and the six regulatory filings (备案与审批) with their review. "
                        + "Errors are RFC 9457 problem+json; times are ISO-8601 with offset in the district's zone."));
    }
}
