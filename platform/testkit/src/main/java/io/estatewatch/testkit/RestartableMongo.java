package io.estatewatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.springframework.util.FileSystemUtils;

/**
 * A MongoDB of one test's own that the test can take away and bring back: a store restart, an election, a network
 * blip longer than a service's retries. The JVM's shared store ({@link TestInfrastructure}) cannot be stopped.
 * <p>
 * mongo-java-server with its H2 backend in a file of its own, so the documents survive, on a port of localhost chosen
 * once and kept: a client that was pointed at it finds it again when it is back. Point the context under test at
 * it, e.g. with a {@code MongoClientSettingsBuilderCustomizer} setting the cluster's hosts to {@link #host()} and
 * {@link #port()}; close it when the context is closed.
 */
public final class RestartableMongo implements AutoCloseable {

	private static final String HOST = "localhost";

	private final Path directory;

	private final int port;

	private MongoServer server;

	private RestartableMongo(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	/** A store on a free port, running. */
	public static RestartableMongo start() {
		Path directory;
		try {
			directory = Files.createTempDirectory("restartable-mongo-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the store's directory", ex);
		}
		RestartableMongo mongo = new RestartableMongo(directory, freePort());
		mongo.bringBack();
		return mongo;
	}

	public String host() {
		return HOST;
	}

	public int port() {
		return this.port;
	}

	public String connectionString() {
		return "mongodb://" + HOST + ":" + this.port;
	}

	/**
	 * Takes the store away at once, as when its process dies: the port stops listening and every client connection
	 * is closed. Its file is closed too, and kept.
	 */
	public synchronized void takeAway() {
		if (this.server != null) {
			try {
				this.server.shutdownNow();
			}
			finally {
				this.server = null;
			}
		}
	}

	/** Starts the store again on the same port, with the documents it held. */
	public synchronized void bringBack() {
		if (this.server != null) {
			return;
		}
		MongoServer starting = new MongoServer(new H2Backend(this.directory.resolve("store.mv").toString()));
		try {
			starting.bind(HOST, this.port);
		}
		catch (RuntimeException ex) {
			// Releases the event loops and the H2 file.
			starting.shutdownNow();
			throw ex;
		}
		this.server = starting;
	}

	public synchronized boolean running() {
		return this.server != null;
	}

	/** Takes the store away for good and deletes its file. */
	@Override
	public synchronized void close() {
		takeAway();
		try {
			FileSystemUtils.deleteRecursively(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + this.directory, ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the store", ex);
		}
	}

}
