package io.estatewatch.gateway.web;

import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.security.Role;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.StubBackend;
import io.estatewatch.gateway.support.StubServices;
import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitTest extends GatewayTestSupport {

    private static final int LIMIT = 64 * 1024;

    private final String admin = TestCredentials.tokenFor(Role.DISTRICT_ADMIN);
    private final StubBackend filings = StubServices.of(Service.FILING);

    @Test
    void aBodyOfExactly64KbIsForwardedWhole() {
        byte[] body = json(LIMIT);
        client.post().uri("/api/v1/filings").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        assertThat(filings.last().body()).isEqualTo(body);
    }

    @Test
    void aLargerBodyWithContentLengthIs413AndNeverReachesTheService() {
        client.post().uri("/api/v1/filings").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(LIMIT + 1))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://estatewatch.io/problems/payload-too-large")
                .jsonPath("$.limitBytes").isEqualTo(LIMIT);

        assertThat(filings.received()).isEmpty();
    }

    @Test
    void aLargerChunkedBodyWithoutContentLengthIs413Too() throws IOException {
        String response = sendChunked(json(LIMIT + 10 * 1024));

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).containsIgnoringCase("content-type: application/problem+json");
        assertThat(filings.received()).isEmpty();
    }

    @Test
    void aSmallChunkedBodyIsForwardedWithItsLength() throws IOException {
        byte[] body = json(5000);
        String response = sendChunked(body);

        assertThat(response).startsWith("HTTP/1.1 200");
        StubBackend.Received received = filings.last();
        assertThat(received.body()).isEqualTo(body);
        assertThat(received.header(HttpHeaders.CONTENT_LENGTH)).isEqualTo(Integer.toString(body.length));
    }

    /** Sends a POST with Transfer-Encoding: chunked and no Content-Length, in 4 KB chunks; the response head. */
    private String sendChunked(byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/filings HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int offset = 0; offset < body.length; offset += 4096) {
                    byte[] chunk = Arrays.copyOfRange(body, offset, Math.min(body.length, offset + 4096));
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedEarly) {
                // The gateway may answer 413 and close before the whole body is sent: read what it said.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                if (head.size() > 8192) {
                    break;
                }
            }
            return head.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] json(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] open = "{\"details\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, body, 0, open.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }
}
