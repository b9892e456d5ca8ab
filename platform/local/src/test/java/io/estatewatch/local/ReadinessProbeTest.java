package io.estatewatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void readyWhenTheReadinessGroupSaysUp() throws IOException {
        serve("/actuator/health/readiness", 200, "{\"status\":\"UP\"}");

        assertThat(probe().ready()).isTrue();
    }

    @Test
    void notReadyWhileTheReadinessGroupSaysOutOfService() throws IOException {
        serve("/actuator/health/readiness", 503, "{\"status\":\"OUT_OF_SERVICE\"}");

        assertThat(probe().ready()).isFalse();
    }

    @Test
    void fallsBackToTheWholeHealthWhenThereIsNoReadinessGroup() throws IOException {
        serve("/actuator/health", 200, "{\"status\" : \"UP\",\"groups\":[\"liveness\"]}");
        server.createContext("/actuator/health/readiness", exchange -> respond(exchange, 404, "{}"));

        assertThat(probe().ready()).isTrue();
    }

    @Test
    void notReadyWhileNothingListens() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        assertThat(new ReadinessProbe(ReadinessProbe.client(), port).ready()).isFalse();
    }

    private ReadinessProbe probe() {
        return new ReadinessProbe(ReadinessProbe.client(), server.getAddress().getPort());
    }

    private void serve(String path, int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext(path, exchange -> respond(exchange, status, body));
        server.start();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
