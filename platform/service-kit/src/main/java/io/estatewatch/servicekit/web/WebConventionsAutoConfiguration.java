package io.estatewatch.servicekit.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * The web conventions of every service: problem+json for every error ({@link ApiExceptionHandler},
 * {@link ProblemErrorController}), the request body limit, {@code Idempotency-Key} and correlation ids.
 * Runs before Boot's MVC and error auto-configurations so that theirs back off.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class},
        after = DataMongoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebConventionsProperties.class)
public class WebConventionsAutoConfiguration {

    /** Correlation id first: everything after it, including the other filters' problems, carries it. */
    public static final int CORRELATION_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;
    /** The body limit right after: nothing reads a body before it. */
    public static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @ConditionalOnMissingBean
    ProblemResponses problemResponses(ObjectProvider<JsonMapper> json, WebConventionsProperties properties) {
        return new ProblemResponses(json.getIfAvailable(() -> JsonMapper.builder().build()),
                properties.getUnavailableRetryAfter());
    }

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ApiExceptionHandler apiExceptionHandler(ProblemResponses problems, ObjectProvider<JsonMapper> json) {
        return new ApiExceptionHandler(problems, json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ProblemResponses problems, ObjectProvider<ErrorAttributes> errorAttributes) {
        return new ProblemErrorController(problems, errorAttributes);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(CORRELATION_ID_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebConventionsProperties properties,
                                                                          ProblemResponses problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.getMaxBodyBytes().toBytes(), problems));
        registration.setOrder(BODY_LIMIT_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnBooleanProperty(name = "estatewatch.web.idempotency.enabled", matchIfMissing = true)
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(ObjectProvider<MongoTemplate> mongo,
                                                               WebConventionsProperties properties,
                                                               ProblemResponses problems, ObjectProvider<Clock> clock) {
        WebConventionsProperties.Idempotency idempotency = properties.getIdempotency();
        // MongoDB is looked up on the first request: filters are built with the web server, before the context's
        // other beans, and must not drag the MongoDB client along.
        IdempotencyStore store = new IdempotencyStore(mongo::getObject, idempotency.getTtl(),
                idempotency.getInProgressTimeout(), clock.getIfAvailable(Clock::systemUTC));
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(store, problems));
        registration.setOrder(IdempotencyFilter.ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
