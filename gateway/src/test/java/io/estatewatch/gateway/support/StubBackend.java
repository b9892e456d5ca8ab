package io.estatewatch.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for one service: answers every request with 200 and a JSON echo (its name, method and path), serves a
 * minimal OpenAPI document at {@code /v3/api-docs}, and remembers what it received. It can be stopped and started
 * again on the same port (a service going down and coming back), or made to hang (a service that accepts and never
 * answers).
 */
public final class StubBackend implements AutoCloseable {

    private final String name;
    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hang = new CountDownLatch(0);
    private volatile int status = 200;
    private volatile HttpServer server;
    private ExecutorService executor;

    private StubBackend(String name, int port) {
        this.name = name;
        this.port = port;
    }

    /** A stub on a free port, started. */
    public static StubBackend start(String name) {
        StubBackend stub = new StubBackend(name, freePort());
        stub.up();
        return stub;
    }

    public String name() {
        return name;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts answering (again, on the same port). */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "stub-" + name);
                thread.setDaemon(true);
                return thread;
            });
            http.setExecutor(executor);
            http.createContext("/", this::handle);
            http.start();
            server = http;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the " + name + " stub on port " + port, e);
        }
    }

    /** Stops: connections to its port are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            hang.countDown();
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Accepts requests but does not answer them until {@link #answer()}. */
    public void hang() {
        hang = new CountDownLatch(1);
    }

    /** Answers again (and lets the hanging requests go). */
    public void answer() {
        hang.countDown();
    }

    /** Answers every request with {@code status} from now on (200 is the default). */
    public void respondWith(int status) {
        this.status = status;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void forget() {
        received.clear();
    }

    /** The last request that reached this stub. */
    public Received last() {
        if (received.isEmpty()) {
            throw new AssertionError(name + " received no request");
        }
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        down();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readAllBytes();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((header, values) -> headers.put(header, String.join(",", values)));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, bytes));
            try {
                if (!hang.await(30, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String json = path.equals("/v3/api-docs")
                    ? "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\",\"version\":\"v1\"},"
                      + "\"servers\":[{\"url\":\"" + uri() + "\"}],\"paths\":{}}"
                    : "{\"service\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                      + path.replace("\"", "") + "\"}";
            byte[] response = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a stub received. */
    public record Received(String method, String path, String query, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
