package io.estatewatch.reporting.support;

import io.estatewatch.testkit.UsesTestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service on a real port, on the testkit's real Kafka broker and Mongo wire protocol, called through MockMvc
 * (or a browser) with signed tokens. Every class with this annotation shares one application context, one database
 * and one consumer group.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"estatewatch.reporting.stream-debounce=200ms", "estatewatch.reporting.lag-refresh=1h",
                "estatewatch.reporting.rates-refresh=1h"})
@UsesTestInfrastructure
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
public @interface ReportingServiceTest {
}
