package io.estatewatch.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = UsesTestInfrastructureTest.Empty.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@UsesTestInfrastructure
class UsesTestInfrastructureTest {

	@Autowired
	Environment environment;

	@Test
	void contextSeesTheInfrastructure() {
		TestInfrastructure infra = TestInfrastructure.get();
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(infra.kafkaBootstrapServers());
		assertThat(this.environment.getProperty("spring.cloud.stream.kafka.binder.brokers"))
			.isEqualTo(infra.kafkaBootstrapServers());
		assertThat(this.environment.getProperty("spring.mongodb.uri")).isEqualTo(infra.mongoUri());
		assertThat(this.environment.getProperty("spring.data.mongodb.uri")).isEqualTo(infra.mongoUri());
		assertThat(this.environment.getProperty("spring.mongodb.database")).startsWith("test-");
	}

	@Test
	void eachContextGetsItsOwnDatabase() {
		TestInfrastructureRegistrar registrar = new TestInfrastructureRegistrar();
		assertThat(database(registrar.testInfrastructureProperties()))
			.isNotEqualTo(database(registrar.testInfrastructureProperties()))
			.isNotEqualTo(this.environment.getProperty("spring.mongodb.database"));
	}

	private static Object database(DynamicPropertyRegistrar registrar) {
		Map<String, Supplier<Object>> properties = new HashMap<>();
		DynamicPropertyRegistry registry = properties::put;
		registrar.accept(registry);
		return properties.get("spring.mongodb.database").get();
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
