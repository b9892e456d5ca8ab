package io.estatewatch.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.estatewatch.local.demo.DemoDistrict;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.logging.log4j.LogManager;
import org.slf4j.LoggerFactory;

/**
 * The one-command local platform: a KRaft Kafka broker and a file-backed MongoDB wire-protocol store in this
 * JVM, then every built service as a child process; Ctrl-C stops the services, the broker and the store, in
 * that order.
 */
public final class LocalPlatform {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(15);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final LaunchOptions options;
    private final Path root;
    private final StateDirectory state;
    private final StartupProgress progress;
    private final String version;

    private volatile KafkaBroker broker;
    private volatile MongoStore store;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<ServiceProcess, String> serviceStates = new LinkedHashMap<>();
    private volatile Connections connections;
    private volatile boolean stopping;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CompletableFuture<Optional<DemoDistrict.Result>> demo = new CompletableFuture<>();
    private final PrintStream out;

    LocalPlatform(LaunchOptions options, Path root, StateDirectory state, PrintStream out, String version) {
        this.options = options;
        this.root = root;
        this.state = state;
        this.progress = new StartupProgress(out);
        this.out = out;
        this.version = version;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("demo")) {
            DemoDistrict.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("estatewatch: " + e.getMessage());
            System.err.print(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }

        Path root = Path.of("").toAbsolutePath();
        StateDirectory state = StateDirectory.in(root);
        if (options.reset()) {
            if (state.inUse()) {
                System.err.println("estatewatch: another estatewatch is running on " + state.root()
                        + "; stop it before --reset");
                System.exit(1);
                return;
            }
            state.wipe();
            System.out.println("[wipe] " + root.relativize(state.root()) + "/");
        }
        state.create();
        // Read by log4j2.xml; set before the first logger (Kafka's) initialises logging.
        System.setProperty("estatewatch.logs", state.logs().toString());
        // Initialise logging once, here, before the broker and the store start on two threads at once.
        LoggerFactory.getILoggerFactory();

        String version = Optional.ofNullable(LocalPlatform.class.getPackage().getImplementationVersion()).orElse("dev");
        LocalPlatform platform = new LocalPlatform(options, root, state, System.out, version);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "estatewatch-stop"));
        try {
            platform.start();
        } catch (RuntimeException | LinkageError e) {
            if (!platform.stopping) {
                LogManager.getLogger(LocalPlatform.class).error("estatewatch did not start", e);
                System.out.println("[fail] estatewatch did not start: "
                        + (e.getMessage() == null ? e.toString() : e.getMessage()));
                System.out.println("       details in " + root.relativize(state.logs()) + "/platform.log");
            }
            System.exit(1); // the shutdown hook stops whatever had started
            return;
        }
        platform.awaitStop();
    }

    void start() {
        progress.say("estatewatch local platform " + version + " — state in " + state.root());
        startStoreAndBroker();
        if (!options.services()) {
            progress.skipped("services", "--no-services");
        } else {
            startServices();
            awaitServicesReady();
        }
        if (!stopping) {
            printTable();
            watchServices();
            loadDemoIntoAnEmptyPlatform();
        } else {
            demo.complete(Optional.empty());
        }
    }

    /**
     * After start-up, in the background: the demo district, loaded through the gateway when the register is empty
     * (a fresh platform or one just reset); a platform that holds data is left as it is.
     */
    private void loadDemoIntoAnEmptyPlatform() {
        boolean gatewayUp;
        synchronized (services) {
            gatewayUp = serviceStates.entrySet().stream().anyMatch(e -> e.getKey().service().name().equals("gateway")
                    && e.getValue().equals("up"));
        }
        if (!options.demo() || !gatewayUp) {
            if (options.services()) {
                progress.say(!options.demo() ? "[demo] not loaded (--no-demo); ./estatewatch demo loads it"
                        : "[demo] not loaded: the gateway is not up");
            }
            demo.complete(Optional.empty());
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                URI gateway = URI.create("http://localhost:" + options.gatewayPort());
                Optional<Boolean> empty = DemoDistrict.registerIsEmpty(gateway);
                if (empty.isEmpty()) {
                    progress.say("[demo] not loaded: the register does not answer; ./estatewatch demo loads it later");
                    demo.complete(Optional.empty());
                } else if (!empty.get()) {
                    progress.say("[demo] the platform holds data: nothing loaded (./estatewatch demo tops the demo up)");
                    demo.complete(Optional.empty());
                } else {
                    DemoDistrict.Result result = new DemoDistrict(DemoDistrict.Options.defaults(gateway), out).load();
                    progress.say("[demo] " + (result.complete() ? "the demo district is loaded" : "loaded with gaps (see above)")
                            + ": http://localhost:" + options.gatewayPort() + "/dashboard");
                    demo.complete(Optional.of(result));
                }
            } catch (RuntimeException e) {
                if (!stopping) {
                    progress.say("[demo] failed: " + e.getMessage());
                }
                demo.completeExceptionally(e);
            }
        }, "estatewatch-demo");
        loader.setDaemon(true);
        loader.start();
    }

    /** The resident memory of the launcher and of every service process it runs, in MB (where /proc tells it). */
    long residentMegabytes() {
        long total = Math.max(0, Resident.megabytes(ProcessHandle.current().pid()));
        synchronized (services) {
            for (ServiceProcess process : services) {
                total += Math.max(0, process.residentMegabytes());
            }
        }
        return total;
    }

    /** Completes once the demo district is loaded (its result) or it is clear that it will not be (empty). */
    CompletableFuture<Optional<DemoDistrict.Result>> demoLoaded() {
        return demo;
    }

    private void startStoreAndBroker() {
        CompletableFuture<String> mongo = new CompletableFuture<>();
        Thread storeThread = new Thread(() -> {
            try {
                mongo.complete(startStore());
            } catch (Throwable e) {
                mongo.completeExceptionally(e);
            }
        }, "estatewatch-store-start");
        storeThread.start();
        String kafka;
        try {
            kafka = startBroker();
        } catch (RuntimeException e) {
            mongo.exceptionally(failure -> null).join(); // let the store finish starting so that stop() closes it
            throw e;
        }
        String mongoUri;
        try {
            mongoUri = mongo.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        connections = new Connections(kafka, mongoUri, state.tokenSecret());
    }

    private String startStore() {
        if (options.externalMongo().isPresent()) {
            String uri = options.externalMongo().get();
            String masked = Connections.masked(uri);
            if (answersTcp(uri)) {
                progress.external("mongo", masked, "external, answers");
            } else {
                progress.warning("mongo", masked + " (external) does not answer yet; the services will keep trying");
            }
            return uri;
        }
        requireFree("mongo", options.mongoPort(), "--mongo-port=... or --mongo=mongodb://...");
        long started = System.nanoTime();
        MongoStore starting = new MongoStore(state.mongoFile(), options.mongoPort());
        store = starting;
        starting.start();
        progress.up("mongo", starting.connectionString(), Duration.ofNanos(System.nanoTime() - started),
                "file " + root.relativize(starting.file()));
        return starting.connectionString();
    }

    private String startBroker() {
        if (options.externalKafka().isPresent()) {
            String servers = options.externalKafka().get();
            describeExternalCluster(servers);
            return servers;
        }
        requireFree("kafka", options.kafkaPort(), "--kafka-port=... or --kafka=host:port");
        requireFree("kafka controller", options.controllerPort(), "--controller-port=...");
        long started = System.nanoTime();
        KafkaBroker starting = new KafkaBroker(state.kafka(), options.kafkaPort(), options.controllerPort());
        broker = starting;
        starting.start();
        progress.up("kafka", starting.bootstrapServers(), Duration.ofNanos(System.nanoTime() - started),
                starting.formattedThisRun() ? "new cluster" : "existing log");
        return starting.bootstrapServers();
    }

    private void describeExternalCluster(String servers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(config)) {
            DescribeClusterResult cluster = admin.describeCluster();
            int brokers = cluster.nodes().get(10, TimeUnit.SECONDS).size();
            progress.external("kafka", servers, "external, cluster " + cluster.clusterId().get(10, TimeUnit.SECONDS)
                    + ", " + brokers + (brokers == 1 ? " broker" : " brokers"));
        } catch (Exception e) {
            progress.warning("kafka", servers + " (external) did not answer in 10 s; the services will keep trying");
        }
    }

    private void startServices() {
        List<ServiceProcess> found = new ArrayList<>();
        List<Service> lineup = Service.lineup(options.gatewayPort());
        for (Service service : lineup) {
            Optional<Path> jar = ServiceProcess.findJar(root, service, version);
            if (jar.isEmpty()) {
                progress.skipped(service.name(), "no jar in " + service.name() + "/target (build it: ./estatewatch --build)");
            } else if (!ServiceProcess.runnable(jar.get())) {
                progress.skipped(service.name(), root.relativize(jar.get()) + " is not an executable jar");
            } else if (!free(service.port())) {
                progress.skipped(service.name(), "port " + service.port() + " is taken (an earlier run still alive?)");
            } else {
                found.add(new ServiceProcess(service, jar.get(), state.logs(), arguments(service, lineup)));
            }
        }
        for (ServiceProcess process : found) {
            synchronized (services) {
                if (stopping) {
                    return;
                }
                process.start(root, connections.environmentFor(process.service()));
                services.add(process);
                serviceStates.put(process, "starting");
            }
            progress.waiting(process.service().name(), "http://localhost:" + process.service().port()
                    + " (pid " + process.pid() + ", log " + root.relativize(process.logFile()) + ")");
        }
    }

    /**
     * What a service needs to know beyond its own port: the gateway, where the services are when they are not on
     * the usual ports, and the dashboard's origin.
     */
    static List<String> arguments(Service service, List<Service> lineup) {
        if (!service.name().equals("gateway") || lineup.get(0).port() == Service.LINEUP.get(0).port()) {
            return List.of();
        }
        List<String> arguments = new ArrayList<>();
        for (Service other : lineup.subList(1, lineup.size())) {
            arguments.add("--estatewatch.gateway.services." + other.name() + ".uri=http://localhost:" + other.port());
        }
        arguments.add("--estatewatch.gateway.cors.allowed-origins[0]=http://localhost:" + service.port());
        return List.copyOf(arguments);
    }

    private void awaitServicesReady() {
        List<ServiceProcess> pending;
        synchronized (services) {
            pending = new ArrayList<>(services);
        }
        HttpClient client = ReadinessProbe.client();
        Map<ServiceProcess, ReadinessProbe> probes = new LinkedHashMap<>();
        pending.forEach(process -> probes.put(process, new ReadinessProbe(client, process.service().port())));
        long deadline = System.nanoTime() + options.readyTimeout().toNanos();
        while (!pending.isEmpty() && !stopping) {
            for (ServiceProcess process : List.copyOf(pending)) {
                String name = process.service().name();
                Optional<Integer> exit = process.exitCode();
                if (exit.isPresent()) {
                    pending.remove(process);
                    markState(process, "exited " + exit.get());
                    progress.failed(name, "exited with code " + exit.get() + " after "
                            + StartupProgress.seconds(process.sinceStart()) + " — see " + root.relativize(process.logFile()));
                } else if (probes.get(process).ready()) {
                    pending.remove(process);
                    markState(process, "up");
                    progress.up(name, "http://localhost:" + process.service().port(), process.sinceStart(), "");
                }
            }
            if (System.nanoTime() > deadline) {
                for (ServiceProcess process : pending) {
                    progress.warning(process.service().name(), "not ready after " + options.readyTimeout().toSeconds()
                            + " s; still starting — see " + root.relativize(process.logFile()));
                }
                return;
            }
            if (!pending.isEmpty()) {
                pause(POLL_INTERVAL);
            }
        }
    }

    private void printTable() {
        List<StartupProgress.Row> rows = new ArrayList<>();
        KafkaBroker runningBroker = broker;
        if (runningBroker != null) {
            rows.add(new StartupProgress.Row("kafka", runningBroker.bootstrapServers(), "up",
                    "in this JVM, log " + root.relativize(runningBroker.dataDirectory())));
        } else {
            rows.add(new StartupProgress.Row("kafka", connections.kafkaBootstrapServers(), "external", ""));
        }
        MongoStore runningStore = store;
        if (runningStore != null) {
            rows.add(new StartupProgress.Row("mongo", runningStore.connectionString(), "up",
                    "in this JVM, file " + root.relativize(runningStore.file())));
        } else {
            rows.add(new StartupProgress.Row("mongo", Connections.masked(connections.mongoUri()), "external", ""));
        }
        boolean gatewayRunning = false;
        synchronized (services) {
            for (ServiceProcess process : services) {
                String processState = serviceStates.get(process);
                gatewayRunning |= process.service().name().equals("gateway") && process.alive();
                long rss = process.residentMegabytes();
                rows.add(new StartupProgress.Row(process.service().name(), "http://localhost:" + process.service().port(),
                        processState, (process.alive() ? "pid " + process.pid() + (rss >= 0 ? ", " + rss + " MB" : "") + ", " : "")
                                + "log " + root.relativize(process.logFile())));
            }
        }
        long launcherRss = Resident.megabytes(ProcessHandle.current().pid());
        rows.add(new StartupProgress.Row("launcher", "pid " + ProcessHandle.current().pid(), "up",
                (launcherRss >= 0 ? launcherRss + " MB, " : "") + "log " + root.relativize(state.logs()) + "/kafka.log"));

        int gateway = options.gatewayPort();
        List<String> footer = new ArrayList<>();
        if (!gatewayRunning) {
            footer.add("(the gateway is not running: the URLs below answer once it does)");
        }
        footer.add("Dashboard        http://localhost:" + gateway + "/dashboard");
        footer.add("Swagger UI       http://localhost:" + gateway + "/swagger-ui.html");
        footer.add("Open311          http://localhost:" + gateway + "/open311/v2/discovery.json");
        footer.add("Hotline systems  header  X-Api-Key: local-hotline-key");
        footer.add("Staff token      curl -s -X POST http://localhost:" + gateway + "/auth/dev-token \\");
        footer.add("                   -H 'Content-Type: application/json' -d '{\"username\":\"admin\",\"role\":\"DISTRICT_ADMIN\"}'");
        footer.add("Data and logs    " + state.root() + "  (--reset wipes it)");
        footer.add("");
        footer.add("Started in " + StartupProgress.seconds(progress.elapsed()) + ". Ctrl-C stops everything.");
        progress.table(rows, footer);
    }

    /** After start-up: say so when a service ends on its own. */
    private void watchServices() {
        synchronized (services) {
            for (ServiceProcess process : services) {
                if (process.alive()) {
                    process.onExit().thenRun(() -> {
                        if (!stopping) {
                            progress.down(process.service().name(), "exited with code "
                                    + process.exitCode().map(String::valueOf).orElse("?")
                                    + " — see " + root.relativize(process.logFile()));
                        }
                    });
                }
            }
        }
    }

    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the services, then the broker, then the store. Called by the shutdown hook; safe to call twice. */
    void stop() {
        List<ServiceProcess> running;
        synchronized (services) {
            if (stopping) {
                return;
            }
            stopping = true;
            running = new ArrayList<>(services);
        }
        long stopStarted = System.nanoTime();
        try {
            progress.say("");
            if (!running.isEmpty()) {
                long started = System.nanoTime();
                List<String> killed = ServiceProcess.stopAll(running, SERVICE_GRACE);
                progress.stopped("services", running.size() + " stopped in " + seconds(started)
                        + (killed.isEmpty() ? "" : ", killed after " + SERVICE_GRACE.toSeconds() + " s: " + killed));
            }
            KafkaBroker runningBroker = broker;
            if (runningBroker != null && runningBroker.running()) {
                long started = System.nanoTime();
                try {
                    runningBroker.stop();
                    progress.stopped("kafka", "in " + seconds(started));
                } catch (RuntimeException e) {
                    progress.failed("kafka", "did not stop cleanly: " + e);
                }
            }
            MongoStore runningStore = store;
            if (runningStore != null && runningStore.running()) {
                long started = System.nanoTime();
                try {
                    runningStore.stop();
                    progress.stopped("mongo", "in " + seconds(started) + ", file closed");
                } catch (RuntimeException e) {
                    progress.failed("mongo", "did not stop cleanly: " + e);
                }
            }
            progress.stopped("estatewatch", "everything stopped in " + seconds(stopStarted));
        } finally {
            stopped.countDown();
            LogManager.shutdown();
        }
    }

    private void requireFree(String part, int port, String hint) {
        if (!free(port)) {
            throw new IllegalStateException(part + ": port " + port + " is taken (another estatewatch still running?)"
                    + " — choose another with " + hint);
        }
    }

    private void markState(ServiceProcess process, String processState) {
        synchronized (services) {
            serviceStates.put(process, processState);
        }
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("localhost"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the first host of a mongodb:// URI accepts a connection (a mongodb+srv:// URI is not checked). */
    private static boolean answersTcp(String uri) {
        if (!uri.startsWith("mongodb://")) {
            return true;
        }
        String authority = uri.substring("mongodb://".length()).split("[/?]", 2)[0];
        String firstHost = authority.substring(authority.lastIndexOf('@') + 1).split(",")[0];
        String host = firstHost.startsWith("[") ? firstHost.substring(1, firstHost.indexOf(']')) : firstHost.split(":")[0];
        int colon = firstHost.lastIndexOf(':');
        int port = colon > firstHost.lastIndexOf(']') ? Integer.parseInt(firstHost.substring(colon + 1)) : 27017;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 3000);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String seconds(long startedNanos) {
        return StartupProgress.seconds(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
