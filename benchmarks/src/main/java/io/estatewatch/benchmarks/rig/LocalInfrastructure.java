package io.estatewatch.benchmarks.rig;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The local platform's broker and store, each in a launcher process of its own ({@code local-*.jar --no-services}),
 * so that either can be stopped, killed and started again on the same data while the other keeps running: a real
 * Apache Kafka broker (KRaft) and mongo-java-server on its H2 file, exactly what {@code ./estatewatch} runs.
 */
public final class LocalInfrastructure implements AutoCloseable {

    private static final Duration START_BOUND = Duration.ofSeconds(90);
    /**
     * The JVM options of {@code ./estatewatch}'s launcher, which runs the broker and the store: a heap limit and the
     * JVM's own compilers. Not the services' small-JVM flags: a store held to the first JIT tier measures slower than
     * the store a developer runs. {@code -Dbench.launcher.jvm="…"} (space-separated) sets others.
     */
    private static final List<String> LAUNCHER_JVM =
            List.of(System.getProperty("bench.launcher.jvm", "-Xmx512m").trim().split("\\s+"));

    private final Path dir;
    private final int kafkaPort;
    private final int mongoPort;
    private final ChildProcess broker;
    private final ChildProcess store;

    private LocalInfrastructure(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.kafkaPort = freePort();
        int controllerPort = freePort();
        this.mongoPort = freePort();
        Path jar = Repository.launcherJar();
        Path brokerDir = mkdirs(this.dir.resolve("broker"));
        Path storeDir = mkdirs(this.dir.resolve("store"));
        this.broker = ChildProcess.ofJar("kafka", LAUNCHER_JVM, jar, List.of("--no-services",
                        "--kafka-port=" + kafkaPort, "--controller-port=" + controllerPort, "--mongo=" + mongoUri()),
                Map.of(), brokerDir, this.dir.resolve("logs/kafka-launcher.log"));
        this.store = ChildProcess.ofJar("mongo", LAUNCHER_JVM, jar, List.of("--no-services",
                        "--mongo-port=" + mongoPort, "--kafka=" + bootstrapServers()),
                Map.of(), storeDir, this.dir.resolve("logs/mongo-launcher.log"));
    }

    /** Starts a broker and a store with their data under {@code dir}; returns once both answer. */
    public static LocalInfrastructure start(Path dir) {
        LocalInfrastructure infrastructure = new LocalInfrastructure(dir);
        try {
            infrastructure.startBroker();
            infrastructure.startStore();
            return infrastructure;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** Without a database: the caller names its own. */
    public String mongoUri() {
        return "mongodb://localhost:" + mongoPort;
    }

    public Path directory() {
        return dir;
    }

    public ChildProcess brokerProcess() {
        return broker;
    }

    public ChildProcess storeProcess() {
        return store;
    }

    public void startBroker() {
        broker.start();
        try (Admin admin = admin()) {
            awaitUp(broker, "the broker at " + bootstrapServers(),
                    () -> !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty());
        }
    }

    /** A clean stop (SIGTERM: the launcher closes the broker's log). */
    public void stopBroker() {
        broker.stop(Duration.ofSeconds(30));
    }

    /** A crash: SIGKILL, the log is left as it was. */
    public void killBroker() {
        broker.kill();
    }

    public void startStore() {
        store.start();
        try (MongoClient client = mongoClient(mongoUri())) {
            awaitUp(store, "the store at " + mongoUri(),
                    () -> client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok") != null);
        }
    }

    /** A clean stop: the launcher closes the H2 file; a service sees the store gone. */
    public void stopStore() {
        store.stop(Duration.ofSeconds(30));
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** A client that gives up on an unreachable store within two seconds. */
    public static MongoClient mongoClient(String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS))
                .build());
    }

    /** Waits until {@code up} answers true, failing at once if the process ends first. */
    public static void awaitUp(ChildProcess process, String what, Callable<Boolean> up) {
        awaitUp(process, what, up, START_BOUND);
    }

    /** Waits at most {@code bound} until {@code up} answers true, failing at once if the process ends first. */
    public static void awaitUp(ChildProcess process, String what, Callable<Boolean> up, Duration bound) {
        await(what).atMost(bound).pollInterval(Duration.ofMillis(250))
                .until(() -> !process.alive() || answers(up));
        if (!process.alive()) {
            throw new IllegalStateException(process.name() + " exited while starting:\n" + process.tail(40));
        }
    }

    private static boolean answers(Callable<Boolean> up) {
        try {
            return Boolean.TRUE.equals(up.call());
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        store.stop(Duration.ofSeconds(20));
        broker.stop(Duration.ofSeconds(30));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
