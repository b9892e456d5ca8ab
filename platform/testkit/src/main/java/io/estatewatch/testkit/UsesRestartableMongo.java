package io.estatewatch.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Gives a Spring test context a MongoDB of its own that the test can take away and bring back: a
 * {@link RestartableMongo} bean, closed with the context, and the context's MongoDB client pointed at it.
 * Use with {@code @SpringBootTest}, {@link UsesTestInfrastructure} (for Kafka and a database name) and
 * {@code @DirtiesContext}, so that the store goes when the test class is done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(RestartableMongoConfiguration.class)
public @interface UsesRestartableMongo {

}
