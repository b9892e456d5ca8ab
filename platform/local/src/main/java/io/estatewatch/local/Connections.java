package io.estatewatch.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the services find the broker and the store: the one setting each that points a service at Kafka
 * and MongoDB, whether they run in this JVM or are real clusters.
 */
public record Connections(String kafkaBootstrapServers, String mongoUri, String tokenSecret) {

    public Connections(String kafkaBootstrapServers, String mongoUri) {
        this(kafkaBootstrapServers, mongoUri, null);
    }

    /** The environment a service process starts with. */
    public Map<String, String> environmentFor(Service service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", kafkaBootstrapServers);
        env.put("SPRING_MONGODB_URI", withDatabase(mongoUri, service.database()));
        // Readiness (not just liveness) tells when a service has finished starting.
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        if (tokenSecret != null) {
            // The gateway mints tokens with it; every service verifies them with it.
            env.put("ESTATEWATCH_SECURITY_JWT_SECRET", tokenSecret);
        }
        return env;
    }

    /** The URI with any password replaced by {@code ****}, fit for a console or a log. */
    public static String masked(String uri) {
        int schemeEnd = uri.indexOf("://") + 3;
        int authorityEnd = uri.length();
        for (char end : new char[] {'/', '?'}) {
            int index = uri.indexOf(end, schemeEnd);
            if (index >= 0 && index < authorityEnd) {
                authorityEnd = index;
            }
        }
        int at = uri.lastIndexOf('@', authorityEnd - 1);
        int colon = uri.indexOf(':', schemeEnd);
        if (at > schemeEnd && colon > 0 && colon < at) {
            return uri.substring(0, colon + 1) + "****" + uri.substring(at);
        }
        return uri;
    }

    /** The environment with passwords masked, for the head of a service's log. */
    public static Map<String, String> masked(Map<String, String> environment) {
        Map<String, String> masked = new LinkedHashMap<>();
        environment.forEach((name, value) -> masked.put(name, name.contains("SECRET") ? "****"
                : value.contains("://") ? masked(value) : value));
        return masked;
    }

    /**
     * Adds a database to a MongoDB URI that names none, so each service keeps its own database by default;
     * a URI that names one is left alone, and a service's own {@code spring.mongodb.database} still wins.
     */
    static String withDatabase(String uri, String database) {
        int schemeEnd = uri.indexOf("://") + 3;
        int slash = uri.indexOf('/', schemeEnd);
        int query = uri.indexOf('?', schemeEnd);
        if (slash >= 0 && (query < 0 || slash < query)) {
            String named = uri.substring(slash + 1, query < 0 ? uri.length() : query);
            if (!named.isEmpty()) {
                return uri;
            }
            return uri.substring(0, slash + 1) + database + uri.substring(slash + 1);
        }
        if (query >= 0) {
            return uri.substring(0, query) + "/" + database + uri.substring(query);
        }
        return uri + "/" + database;
    }
}
