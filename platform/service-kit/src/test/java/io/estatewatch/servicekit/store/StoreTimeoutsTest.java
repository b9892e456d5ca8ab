package io.estatewatch.servicekit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A request waits two seconds for an absent store, not the driver's thirty, unless the operator says otherwise. */
class StoreTimeoutsTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StoreTimeoutsAutoConfiguration.class, MongoAutoConfiguration.class))
            .withPropertyValues("spring.mongodb.uri=mongodb://localhost:1/estatewatch");

    @Test
    void aServiceGivesUpOnAnAbsentStoreAfterTwoSeconds() {
        contexts.run(context -> assertThat(serverSelectionMillis(context.getBean(MongoClient.class))).isEqualTo(2_000));
    }

    @Test
    void thePropertyChangesTheWait() {
        contexts.withPropertyValues(StoreTimeoutsAutoConfiguration.SERVER_SELECTION_TIMEOUT + "=5s")
                .run(context -> assertThat(serverSelectionMillis(context.getBean(MongoClient.class))).isEqualTo(5_000));
    }

    @Test
    void theConnectionStringsOwnTimeoutWins() {
        contexts.withPropertyValues("spring.mongodb.uri=mongodb://localhost:1/estatewatch?serverSelectionTimeoutMS=700")
                .run(context -> assertThat(serverSelectionMillis(context.getBean(MongoClient.class))).isEqualTo(700));
    }

    private static long serverSelectionMillis(MongoClient client) {
        return client.getClusterDescription().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS);
    }
}
