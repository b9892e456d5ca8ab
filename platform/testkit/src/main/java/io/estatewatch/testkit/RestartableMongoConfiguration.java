package io.estatewatch.testkit;

import java.util.List;

import com.mongodb.ServerAddress;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans of {@link UsesRestartableMongo}. */
@Configuration(proxyBeanMethods = false)
class RestartableMongoConfiguration {

	@Bean(destroyMethod = "close")
	RestartableMongo restartableMongo() {
		return RestartableMongo.start();
	}

	/**
	 * Unordered, so it runs after Boot's own customizer, which sets the hosts of the connection string
	 * ({@link UsesTestInfrastructure}'s shared store).
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer onTheRestartableMongo(RestartableMongo store) {
		return settings -> settings.applyToClusterSettings(
				cluster -> cluster.hosts(List.of(new ServerAddress(store.host(), store.port()))));
	}

}
