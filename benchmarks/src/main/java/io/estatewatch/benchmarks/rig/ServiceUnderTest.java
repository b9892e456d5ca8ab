package io.estatewatch.benchmarks.rig;

import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.JwtIssuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service of the platform, from its built jar, as a child process on a free port against a given broker and
 * store: the command and environment of the local platform's launcher ({@code --spring.profiles.active=local}, the
 * one setting each for Kafka and MongoDB, a shared token secret), on a port of its own.
 */
public final class ServiceUnderTest implements AutoCloseable {

    /** What the launcher gives each service (platform/local's ServiceProcess.JVM_OPTIONS). */
    public static final List<String> JVM = List.of("-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx192m");
    public static final String TOKEN_SECRET = "estatewatch-faults-secret-not-for-production-0123456789";
    private static final Duration READY_BOUND = Duration.ofSeconds(180);

    private final String name;
    private final int port;
    private final ChildProcess process;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceUnderTest(String name, int port, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** The service's jar if it has been built; empty otherwise (the caller skips what needs it). */
    public static Optional<Path> jar(String service) {
        return Repository.serviceJar(service);
    }

    /**
     * Prepares (does not start) {@code service} with its own database {@code database} on the store.
     *
     * @param mongoUri a connection string without a database; options such as {@code ?serverSelectionTimeoutMS=} stay
     */
    public static ServiceUnderTest of(String service, String database, String kafka, String mongoUri, Path dir,
                                      Map<String, String> moreEnvironment, List<String> moreArguments) {
        Path jar = copy(jar(service).orElseThrow(() -> new IllegalStateException(service + " has no built jar")),
                dir.resolve("jars"));
        int port = LocalInfrastructure.freePort();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", kafka);
        env.put("SPRING_MONGODB_URI", withDatabase(mongoUri, database));
        env.put("SPRING_MONGODB_DATABASE", database);
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("ESTATEWATCH_SECURITY_JWT_SECRET", TOKEN_SECRET);
        env.putAll(moreEnvironment);
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=local", "--server.port=" + port));
        args.addAll(moreArguments);
        ChildProcess process = ChildProcess.ofJar(service, JVM, jar, args, env, dir,
                dir.resolve("logs").resolve(service + ".log"));
        return new ServiceUnderTest(service, port, process);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public ChildProcess process() {
        return process;
    }

    /** Starts it and returns once {@code /actuator/health/readiness} says UP. */
    public ServiceUnderTest start() {
        process.start();
        awaitReady();
        return this;
    }

    public void awaitReady() {
        LocalInfrastructure.awaitUp(process, name + " on port " + port, this::ready, READY_BOUND);
    }

    public boolean ready() {
        return ready(http, port);
    }

    /** Whether whatever listens on {@code port} says its readiness is UP. */
    public static boolean ready(int port) {
        return ready(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), port);
    }

    private static boolean ready(HttpClient http, int port) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A bearer token this service accepts, for {@code caller}. */
    public static String token(Caller caller) {
        return new JwtIssuer(TOKEN_SECRET, Duration.ofHours(2)).issue(caller);
    }

    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }

    /**
     * The jar copied into the run's directory: a build that replaces {@code target/<service>.jar} while the service
     * runs would otherwise pull classes from under it.
     */
    private static Path copy(Path jar, Path into) {
        try {
            Files.createDirectories(into);
            Path copy = into.resolve(jar.getFileName());
            if (!Files.exists(copy)) {
                Files.copy(jar, copy.resolveSibling(copy.getFileName() + ".part"), StandardCopyOption.REPLACE_EXISTING);
                Files.move(copy.resolveSibling(copy.getFileName() + ".part"), copy, StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + jar, e);
        }
    }

    static String withDatabase(String uri, String database) {
        int query = uri.indexOf('?');
        String head = query < 0 ? uri : uri.substring(0, query);
        String options = query < 0 ? "" : uri.substring(query);
        return (head.endsWith("/") ? head : head + "/") + database + options;
    }
}
