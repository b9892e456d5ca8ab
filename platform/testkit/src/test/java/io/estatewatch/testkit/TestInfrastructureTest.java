package io.estatewatch.testkit;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestInfrastructureTest {

	@Test
	void getReturnsTheSameInstance() {
		assertThat(TestInfrastructure.get()).isSameAs(TestInfrastructure.get());
	}

	@Test
	void concurrentCallersShareOneInstance() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<TestInfrastructure>> calls = IntStream.range(0, 8)
				.<Callable<TestInfrastructure>>mapToObj(i -> TestInfrastructure::get)
				.toList();
			for (Future<TestInfrastructure> result : pool.invokeAll(calls)) {
				assertThat(result.get()).isSameAs(TestInfrastructure.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void kindIsOneOfTheThree() {
		assertThat(TestInfrastructure.get().kind()).isIn("testcontainers", "embedded", "external");
	}

	@Test
	void databaseIsDroppedFromConnectionStrings() {
		assertThat(TestInfrastructure.withoutDatabase("mongodb://127.0.0.1:27017")).isEqualTo("mongodb://127.0.0.1:27017");
		assertThat(TestInfrastructure.withoutDatabase("mongodb://h1:1,h2:2/app")).isEqualTo("mongodb://h1:1,h2:2");
		assertThat(TestInfrastructure.withoutDatabase("mongodb://u:p@h:1/app?replicaSet=rs0"))
			.isEqualTo("mongodb://u:p@h:1/?replicaSet=rs0");
		assertThat(TestInfrastructure.withoutDatabase("mongodb+srv://cluster.example.org/?tls=true"))
			.isEqualTo("mongodb+srv://cluster.example.org/?tls=true");
	}

}
