package io.estatewatch.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Points a Spring test context at the JVM's {@link TestInfrastructure}: Kafka and MongoDB addresses,
 * and a MongoDB database of the context's own. Use with {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(TestInfrastructureRegistrar.class)
// Known before any bean is created: services verify bearer tokens minted in tests with this secret.
@TestPropertySource(properties = "estatewatch.security.jwt.secret=" + TestInfrastructure.JWT_SECRET)
public @interface UsesTestInfrastructure {

}
