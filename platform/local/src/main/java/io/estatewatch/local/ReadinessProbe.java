package io.estatewatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Asks one service whether it is ready: {@code /actuator/health/readiness}, or {@code /actuator/health} when
 * the service has no readiness group.
 */
final class ReadinessProbe {

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final HttpClient client;
    private final int port;
    private String path = "/actuator/health/readiness";

    ReadinessProbe(HttpClient client, int port) {
        this.client = client;
        this.port = port;
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
    }

    boolean ready() {
        try {
            HttpResponse<String> response = get(path);
            if (response.statusCode() == 404 && path.endsWith("/readiness")) {
                path = "/actuator/health";
                response = get(path);
            }
            int status = response.statusCode();
            if (status == 200) {
                return STATUS_UP.matcher(response.body()).find();
            }
            // It answers HTTP but keeps its health to itself (secured, or no actuator): it has started.
            return status == 401 || status == 403 || status == 404;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
