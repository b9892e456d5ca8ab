package io.estatewatch.servicekit.web.sample;

import jakarta.servlet.Filter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/** The smallest service with the web conventions: one controller that fails in every way a service can. */
@SpringBootApplication
public class SampleApplication {

    /** A filter that fails outside Spring MVC, to show that the container's error path answers with a problem too. */
    @Bean
    FilterRegistrationBean<Filter> failingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            throw new IllegalStateException("filter secret: mongodb://admin:hunter2@db");
        });
        registration.addUrlPatterns("/filter-failure");
        return registration;
    }
}
