package io.estatewatch.filing.support;

import io.estatewatch.testkit.UsesTestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole service on the testkit's real Kafka broker and Mongo wire protocol, called through MockMvc with signed
 * tokens. Every class with this annotation shares one application context (and one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@UsesTestInfrastructure
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
public @interface FilingServiceTest {
}
