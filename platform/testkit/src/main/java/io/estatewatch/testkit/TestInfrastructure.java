package io.estatewatch.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.KafkaThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One Kafka broker and one MongoDB per test JVM, shared by every test class in it.
 * <p>
 * Chosen once, on the first {@link #get()}: addresses named by the system properties
 * {@value #KAFKA_PROPERTY} / {@value #MONGO_PROPERTY} ("external"); otherwise Testcontainers when a
 * Docker engine answers ("testcontainers"); otherwise a KRaft broker and mongo-java-server inside
 * this JVM ("embedded"). Stopped by a JVM shutdown hook.
 */
public final class TestInfrastructure {

	/** System property naming an existing Kafka cluster's bootstrap servers. */
	public static final String KAFKA_PROPERTY = "estatewatch.test.kafka";

	/** System property naming an existing MongoDB's connection string. */
	public static final String MONGO_PROPERTY = "estatewatch.test.mongo";

	/** The HS256 secret every {@link UsesTestInfrastructure} context verifies bearer tokens with. */
	public static final String JWT_SECRET = "estatewatch-test-secret-not-for-production-0123456789";

	public static final String KIND_EXTERNAL = "external";

	public static final String KIND_TESTCONTAINERS = "testcontainers";

	public static final String KIND_EMBEDDED = "embedded";

	static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

	static final String MONGO_IMAGE = "mongo:8.0";

	private static final int DEFAULT_PARTITIONS = 3;

	private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration CONTEXT_CLOSE_GRACE = Duration.ofSeconds(20);

	private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

	private static final Object LOCK = new Object();

	private static volatile TestInfrastructure instance;

	private static RuntimeException startFailure;

	private static final Object CONTEXTS = new Object();

	/** Spring contexts using the infrastructure and not yet closed; guarded by {@link #CONTEXTS}. */
	private static int openContexts;

	private final String kind;

	private final String kafkaBootstrapServers;

	private final String mongoUri;

	/** Stopped last-started first. */
	private final Deque<AutoCloseable> resources;

	private TestInfrastructure(String kind, String kafkaBootstrapServers, String mongoUri,
			Deque<AutoCloseable> resources) {
		this.kind = kind;
		this.kafkaBootstrapServers = kafkaBootstrapServers;
		this.mongoUri = mongoUri;
		this.resources = resources;
	}

	/** The JVM's instance, started on the first call. */
	public static TestInfrastructure get() {
		// Spring Boot resets logback when a context starts, so the quiet levels are re-applied here.
		QuietLogs.apply();
		TestInfrastructure current = instance;
		if (current != null) {
			return current;
		}
		synchronized (LOCK) {
			if (instance == null) {
				if (startFailure != null) {
					// Fail fast: one failed start must not cost every later test class another attempt.
					throw new IllegalStateException("Test infrastructure failed to start earlier in this JVM",
							startFailure);
				}
				try {
					TestInfrastructure started = start();
					Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "testkit-shutdown"));
					instance = started;
				}
				catch (RuntimeException ex) {
					startFailure = ex;
					throw ex;
				}
			}
			return instance;
		}
	}

	/** Bootstrap servers, e.g. {@code localhost:40123}. */
	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	/** A MongoDB connection string without a database in its path. */
	public String mongoUri() {
		return this.mongoUri;
	}

	/**
	 * "external" when both addresses came from system properties; otherwise what this JVM started
	 * ("testcontainers" or "embedded"), even if one of the two addresses was given.
	 */
	public String kind() {
		return this.kind;
	}

	/**
	 * A consumer of raw records reading from the earliest offset, in a group of its own
	 * ({@code groupPrefix-<random>}), with auto-commit off. The caller subscribes and closes it.
	 */
	public KafkaConsumer<String, byte[]> rawConsumer(String groupPrefix) {
		Map<String, Object> config = Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafkaBootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + "-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		return new KafkaConsumer<>(config);
	}

	/** Creates the topics with the broker's default partitions and replication; existing ones are left alone. */
	public void createTopics(String... names) {
		List<NewTopic> topics = Arrays.stream(names)
			.distinct()
			.map(name -> new NewTopic(name, Optional.empty(), Optional.empty()))
			.toList();
		if (topics.isEmpty()) {
			return;
		}
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafkaBootstrapServers))) {
			for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
				try {
					result.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Could not create topic " + result.getKey(), ex.getCause());
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while creating topic " + result.getKey(), ex);
				}
				catch (TimeoutException ex) {
					throw new IllegalStateException("Timed out creating topic " + result.getKey(), ex);
				}
			}
		}
	}

	private static TestInfrastructure start() {
		String externalKafka = systemProperty(KAFKA_PROPERTY);
		String externalMongo = systemProperty(MONGO_PROPERTY);
		Deque<AutoCloseable> resources = new ArrayDeque<>();
		try {
			String kind;
			String kafka;
			String mongo;
			String kafkaLabel;
			String mongoLabel;
			if (externalKafka != null && externalMongo != null) {
				kind = KIND_EXTERNAL;
				kafka = externalKafka;
				mongo = withoutDatabase(externalMongo);
				kafkaLabel = "external Kafka";
				mongoLabel = "external MongoDB";
			}
			else if (DockerClientFactory.instance().isDockerAvailable()) {
				kind = KIND_TESTCONTAINERS;
				KafkaContainer kafkaContainer = externalKafka == null ? new KafkaContainer(KAFKA_IMAGE)
					.withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(DEFAULT_PARTITIONS))
					.withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true") : null;
				MongoDBContainer mongoContainer = externalMongo == null ? new MongoDBContainer(MONGO_IMAGE) : null;
				List<GenericContainer<?>> containers = new ArrayList<>();
				if (kafkaContainer != null) {
					containers.add(kafkaContainer);
				}
				if (mongoContainer != null) {
					containers.add(mongoContainer);
				}
				containers.forEach(resources::push);
				Startables.deepStart(containers).join();
				kafka = kafkaContainer != null ? kafkaContainer.getBootstrapServers() : externalKafka;
				mongo = withoutDatabase(mongoContainer != null ? mongoContainer.getConnectionString() : externalMongo);
				kafkaLabel = kafkaContainer != null ? "Testcontainers " + KAFKA_IMAGE : "external Kafka";
				mongoLabel = mongoContainer != null ? "Testcontainers " + MONGO_IMAGE : "external MongoDB";
			}
			else {
				kind = KIND_EMBEDDED;
				if (externalKafka == null) {
					kafka = startEmbeddedKafka(resources);
					kafkaLabel = "embedded KRaft broker";
				}
				else {
					kafka = externalKafka;
					kafkaLabel = "external Kafka";
				}
				if (externalMongo == null) {
					MongoServer server = new MongoServer(new MemoryBackend());
					resources.push(server::shutdownNow);
					mongo = withoutDatabase(server.bindAndGetConnectionString());
					mongoLabel = "mongo-java-server";
				}
				else {
					mongo = withoutDatabase(externalMongo);
					mongoLabel = "external MongoDB";
				}
			}
			log.info("Test infrastructure ({}): {} at {}, {} at {}", kind, kafkaLabel, kafka, mongoLabel, mongo);
			return new TestInfrastructure(kind, kafka, mongo, resources);
		}
		catch (RuntimeException ex) {
			closeAll(resources);
			throw new IllegalStateException("Could not start the test infrastructure", ex);
		}
	}

	private static String startEmbeddedKafka(Deque<AutoCloseable> resources) {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
		// Keep spring.kafka.bootstrap-servers out of the JVM's system properties: the registrar sets it per context.
		broker.brokerListProperty("estatewatch.testkit.embedded.kafka.brokers");
		broker.brokerProperties(Map.of(
				"auto.create.topics.enable", "true",
				"transaction.state.log.replication.factor", "1",
				"transaction.state.log.min.isr", "1",
				// The default 50 partitions make the first consumer group join needlessly slow.
				"offsets.topic.num.partitions", "5"));
		// Kafka's test kit registers a shutdown hook deleting the broker's dir, which races the broker's own
		// shutdown (LogDirFailure noise). Drop that hook: closing the broker deletes the dir after it stops.
		Exit.setShutdownHookAdder((name, hook) -> {
			if (!"delete-temp-file-shutdown-hook".equals(name)) {
				Runtime.getRuntime().addShutdownHook(KafkaThread.nonDaemon(name, hook));
			}
		});
		try {
			broker.afterPropertiesSet();
		}
		catch (RuntimeException ex) {
			broker.destroy();
			throw ex;
		}
		finally {
			Exit.resetShutdownHookAdder();
		}
		Path dir = Path.of(broker.getCluster().nodes().baseDirectory());
		resources.push(() -> {
			try {
				broker.destroy();
			}
			finally {
				deleteQuietly(dir);
			}
		});
		return broker.getBrokersAsString();
	}

	static void contextOpened() {
		synchronized (CONTEXTS) {
			openContexts++;
		}
	}

	static void contextClosed() {
		synchronized (CONTEXTS) {
			openContexts--;
			CONTEXTS.notifyAll();
		}
	}

	private void stop() {
		awaitContextsClosed();
		closeAll(this.resources);
	}

	/**
	 * Spring closes its test contexts in shutdown hooks of its own, running alongside this one. A
	 * listener container closing after the broker has gone blocks on commits for up to a minute, so the
	 * broker waits (boundedly) for those contexts.
	 */
	private static void awaitContextsClosed() {
		long deadline = System.nanoTime() + CONTEXT_CLOSE_GRACE.toNanos();
		synchronized (CONTEXTS) {
			long left;
			while (openContexts > 0 && (left = deadline - System.nanoTime()) > 0) {
				try {
					TimeUnit.NANOSECONDS.timedWait(CONTEXTS, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static void closeAll(Deque<AutoCloseable> resources) {
		while (!resources.isEmpty()) {
			try {
				resources.pop().close();
			}
			catch (Exception ex) {
				log.warn("Could not stop a test resource cleanly: {}", ex.toString());
			}
		}
	}

	private static void deleteQuietly(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", dir, ex.toString());
		}
	}

	private static String systemProperty(String name) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Drops a database from a connection string's path; options stay. */
	static String withoutDatabase(String uri) {
		int scheme = uri.indexOf("://");
		if (scheme < 0) {
			throw new IllegalArgumentException("Not a MongoDB connection string: " + uri);
		}
		int options = uri.indexOf('?', scheme + 3);
		String head = options < 0 ? uri : uri.substring(0, options);
		String query = options < 0 ? "" : uri.substring(options);
		int slash = head.indexOf('/', scheme + 3);
		String hosts = slash < 0 ? head : head.substring(0, slash);
		// The driver needs the '/' before options.
		return query.isEmpty() ? hosts : hosts + "/" + query;
	}

}
