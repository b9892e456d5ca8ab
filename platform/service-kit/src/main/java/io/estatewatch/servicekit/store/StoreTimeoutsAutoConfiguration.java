package io.estatewatch.servicekit.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * How long a request waits for the store before it is answered 503. The driver's default server selection timeout
 * is 30 s: while MongoDB is away, every write would hold its request (and a servlet thread) that long before the
 * client hears "try again". Two seconds is long enough to ride out a replica-set election's usual duration and short
 * enough that hotline systems retry promptly.
 *
 * <p>{@code estatewatch.store.server-selection-timeout} changes it; a {@code serverSelectionTimeoutMS} in the
 * connection string wins over both, because this customizer runs before Boot's, which applies the connection string.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnClass(MongoClientSettings.class)
public class StoreTimeoutsAutoConfiguration {

    /** The property naming the timeout. */
    public static final String SERVER_SELECTION_TIMEOUT = "estatewatch.store.server-selection-timeout";
    static final Duration DEFAULT_SERVER_SELECTION_TIMEOUT = Duration.ofSeconds(2);

    @Bean
    MongoClientSettingsBuilderCustomizer storeServerSelectionTimeout(Environment environment) {
        return new ServerSelectionTimeout(Binder.get(environment).bind(SERVER_SELECTION_TIMEOUT, Duration.class)
                .orElse(DEFAULT_SERVER_SELECTION_TIMEOUT));
    }

    private record ServerSelectionTimeout(Duration timeout) implements MongoClientSettingsBuilderCustomizer, Ordered {

        @Override
        public void customize(MongoClientSettings.Builder settings) {
            settings.applyToClusterSettings(cluster ->
                    cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
