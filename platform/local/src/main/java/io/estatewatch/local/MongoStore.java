package io.estatewatch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server in this JVM (de.bwaldvogel mongo-java-server) keeping its data in one H2
 * MVStore file, so documents survive a restart. No sessions or transactions: see the architecture notes.
 */
public final class MongoStore {

    private final Path file;
    private final String host;
    private final int port;
    private MongoServer server;

    public MongoStore(Path file, String host, int port) {
        this.file = file.toAbsolutePath();
        this.host = host;
        this.port = port;
    }

    public MongoStore(Path file, int port) {
        this(file, "localhost", port);
    }

    public Path file() {
        return file;
    }

    public String connectionString() {
        return "mongodb://" + host + ":" + port;
    }

    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("the store is already running");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        H2Backend backend = new IdIndexedH2Backend(file.toString());
        MongoServer starting = new MongoServer(backend);
        try {
            starting.bind(host, port);
        } catch (RuntimeException e) {
            try {
                starting.shutdown(); // releases the event loops and closes the H2 file
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        server = starting;
    }

    /** Stops listening, closes the connections and closes the H2 file cleanly; safe to call twice. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
        } finally {
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }
}
