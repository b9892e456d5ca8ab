package io.estatewatch.servicekit.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defaults every service shares, added as the property source of lowest precedence: a service's
 * {@code application.yaml}, profile files, environment variables and system properties all override them.
 *
 * <ul>
 *   <li>actuator: {@code health, info, prometheus, metrics} exposed; probes on; readiness = readinessState + mongo,
 *       liveness = livenessState</li>
 *   <li>graceful shutdown; RFC 9457 problem details; no stack traces, exception names or messages in error bodies</li>
 *   <li>Jackson writes dates and durations as ISO-8601 strings, and keeps the offset a client sent</li>
 *   <li>the correlation id in every console log line; {@code estatewatch.logging.json=true} switches the console
 *       to ECS JSON ({@code logging.structured.format.console=ecs}) for log shippers</li>
 *   <li>no stack traces from Spring Integration's error logger, which repeats a consumer's failed tries</li>
 * </ul>
 * Registered in {@code META-INF/spring.factories} under {@code org.springframework.boot.EnvironmentPostProcessor}.
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source. */
    public static final String SOURCE_NAME = "estatewatchServiceDefaults";
    /** Switches console logs to JSON. */
    public static final String JSON_LOGGING = "estatewatch.logging.json";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults(environment)));
    }

    static Map<String, Object> defaults(ConfigurableEnvironment environment) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,mongo");
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-exception", "false");
        defaults.put("server.error.include-message", "never");
        defaults.put("server.error.include-binding-errors", "never");
        defaults.put("spring.jackson.datatype.datetime.write-dates-as-timestamps", "false");
        defaults.put("spring.jackson.datatype.datetime.write-durations-as-timestamps", "false");
        defaults.put("spring.jackson.datatype.datetime.adjust-dates-to-context-time-zone", "false");
        defaults.put("logging.pattern.correlation", "[%X{correlationId:-}] ");
        // A batch binding's failures also pass Spring Integration's error channel, whose logger writes a stack trace
        // per try (each few seconds while the store is away); service-kit's DeadLetters logs each try in one line.
        defaults.put("logging.level.org.springframework.integration.handler.LoggingHandler", "off");
        if (environment.getProperty(JSON_LOGGING, Boolean.class, false)) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        return defaults;
    }

    /** After config data is loaded, so that {@value #JSON_LOGGING} can be set in {@code application.yaml}. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
