package io.estatewatch.servicekit.web;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The defaults every service starts with, and that a service can still override. */
class ServiceDefaultsTest extends WebConventionsTest {

    @Autowired
    Environment environment;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    HealthContributorRegistry health;

    @Test
    void everyServiceGetsTheSharedDefaults() {
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus,metrics");
        assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include")).isEqualTo("readinessState,mongo");
        assertThat(environment.getProperty("management.endpoint.health.group.liveness.include")).isEqualTo("livenessState");
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("spring.mvc.problemdetails.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void readinessIncludesMongoAndIsUpOnTheEmbeddedStoreWithData() {
        // Boot's own indicator sends "hello" to each database, which mongo-java-server refuses once one exists.
        mongo.getCollection("readiness_probe").insertOne(new Document("probe", 1));

        Reply readiness = get("/actuator/health/readiness");
        Reply liveness = get("/actuator/health/liveness");

        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        assertThat(liveness.status()).isEqualTo(200);
    }

    @Test
    void theMongoHealthIndicatorIsThePingBasedOne() {
        assertThat(health.getContributor("mongo")).isInstanceOf(MongoPingHealthIndicator.class);
    }

    @Test
    void prometheusMetricsAreExposed() {
        Reply reply = get("/actuator/prometheus");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void datesAreWrittenAsIsoStringsKeepingTheirOffset() {
        OffsetDateTime received = json.readValue("\"2022-03-01T09:30:00+08:00\"", OffsetDateTime.class);

        assertThat(json.writeValueAsString(received)).isEqualTo("\"2022-03-01T09:30:00+08:00\"");
        assertThat(json.writeValueAsString(Duration.ofMinutes(15))).isEqualTo("\"PT15M\"");
    }

    @Test
    void jsonLogsAreSwitchedOnByOneProperty() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of("estatewatch.logging.json", "true")));

        new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void aServicesOwnSettingWinsOverTheDefault() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of(
                "server.shutdown", "immediate", "management.endpoints.web.exposure.include", "health")));

        new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
        assertThat(environment.getProperty("spring.mvc.problemdetails.enabled")).isEqualTo("true");
        assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
                .isEqualTo(ServiceDefaultsEnvironmentPostProcessor.SOURCE_NAME);
    }
}
