package io.estatewatch.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a service in the child-process tests: started by {@code java -jar} like the real ones, it
 * answers {@code /actuator/health/readiness} on {@code --server.port}, starts a grandchild process, and with
 * {@code STUB_STUBBORN=true} ignores SIGTERM (its shutdown hook never ends, the grandchild ignores TERM).
 */
public final class StubService {

    private StubService() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean stubborn = "true".equals(System.getenv("STUB_STUBBORN"));
        Process grandchild = new ProcessBuilder("sh", "-c", stubborn ? "trap '' TERM; exec sleep 600" : "exec sleep 600")
                .start();

        int port = 0;
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();

        CountDownLatch never = new CountDownLatch(1);
        if (stubborn) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        // Last, once everything is in place: the tests wait for this line.
        System.out.println("args " + String.join(" ", args));
        System.out.println("kafka " + System.getenv("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
        System.out.println("grandchild " + grandchild.pid());
        System.out.flush();
        never.await();
    }
}
