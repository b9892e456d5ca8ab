package io.estatewatch.testkit;

import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Registers the {@link TestInfrastructure} addresses as properties of the test context. Each context
 * gets its own database ({@code test-<random>}), so cached contexts of different test classes do not
 * see each other's documents.
 */
@Configuration(proxyBeanMethods = false)
public class TestInfrastructureRegistrar {

	@Bean
	DynamicPropertyRegistrar testInfrastructureProperties() {
		String database = "test-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return registry -> {
			registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.get().kafkaBootstrapServers());
			registry.add("spring.cloud.stream.kafka.binder.brokers",
					() -> TestInfrastructure.get().kafkaBootstrapServers());
			registry.add("spring.mongodb.uri", () -> TestInfrastructure.get().mongoUri());
			registry.add("spring.mongodb.database", () -> database);
			// Boot 4 reads spring.mongodb.*; the old names are set too for anything still reading them.
			registry.add("spring.data.mongodb.uri", () -> TestInfrastructure.get().mongoUri());
			registry.add("spring.data.mongodb.database", () -> database);
		};
	}

	/** Lets the broker outlive this context at JVM exit: both are closed by shutdown hooks. */
	@Bean
	ContextLease testInfrastructureContextLease() {
		return new ContextLease();
	}

	static final class ContextLease implements DisposableBean {

		ContextLease() {
			TestInfrastructure.contextOpened();
		}

		@Override
		public void destroy() {
			TestInfrastructure.contextClosed();
		}

	}

}
