package io.estatewatch.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, node 1) running in this JVM.
 * Its log lives in {@code <dir>/data}; the storage is formatted with a new cluster id only the first time,
 * so topics and records survive a restart.
 */
public final class KafkaBroker {

    private static final String HOST = "localhost";

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final AtomicReference<KafkaRaftServer> server = new AtomicReference<>();
    private boolean formattedThisRun;

    public KafkaBroker(Path dir, int port, int controllerPort) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public Path dataDirectory() {
        return dir.resolve("data");
    }

    /** True when this start formatted fresh storage (a new cluster), false when it found an existing one. */
    public boolean formattedThisRun() {
        return formattedThisRun;
    }

    /** Starts the broker and returns once it is unfenced and accepts clients. */
    public synchronized void start() {
        if (server.get() != null) {
            throw new IllegalStateException("the broker is already running");
        }
        Properties properties = serverProperties();
        Path propertiesFile = writeServerProperties(properties);
        formattedThisRun = false;
        if (!Files.exists(dataDirectory().resolve("meta.properties"))) {
            format(propertiesFile);
            formattedThisRun = true;
        }
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.set(starting);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /**
     * Shuts the broker down cleanly (flushes and closes its log); safe to call twice, and from another thread
     * while {@link #start()} is still waiting for the broker to come up.
     */
    public void stop() {
        KafkaRaftServer running = server.getAndSet(null);
        if (running != null) {
            running.shutdown();
            running.awaitShutdown();
        }
    }

    public boolean running() {
        return server.get() != null;
    }

    Properties serverProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("log.dirs", dataDirectory().toString());

        // One broker: every internal topic has one replica; topics appear on first use with 3 partitions.
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "10");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");

        // The event log is the source of truth: keep every record.
        p.setProperty("log.retention.ms", "-1");
        p.setProperty("log.retention.bytes", "-1");

        // A laptop, not a cluster: few threads and a small compaction buffer (the default takes 128 MB of heap).
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("background.threads", "2");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("log.cleaner.threads", "1");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    private Path writeServerProperties(Properties properties) {
        Path file = dir.resolve("server.properties");
        try {
            Files.createDirectories(dataDirectory());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Written by the estatewatch local platform on every start; edits are overwritten");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void format(Path propertiesFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(
                    new String[] {"format", "--cluster-id", clusterId, "--config", propertiesFile.toString()}, out);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed (exit " + exitCode + "): "
                    + output.toString(StandardCharsets.UTF_8).strip());
        }
    }
}
