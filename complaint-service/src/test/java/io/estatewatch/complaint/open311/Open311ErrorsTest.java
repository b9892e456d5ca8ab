package io.estatewatch.complaint.open311;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * Errors that arise before the endpoint runs keep the client's status in GeoReport's error shape. The form's
 * undecodable bytes reach this only through Tomcat (MockMvc never parses a body); the benchmarks' malformed-input
 * test sends them to the built service.
 */
class Open311ErrorsTest {

    private final Open311Errors errors = new Open311Errors();

    @Test
    void aFormTomcatCannotDecodeIsA400InTheSpecsShape() {
        ResponseEntity<String> reply = errors.undecodable(new InvalidParameterException("Character decoding failed"),
                new MockHttpServletRequest("POST", "/open311/v2/requests.json"));

        assertThat(reply.getStatusCode().value()).isEqualTo(400);
        assertThat(reply.getBody()).startsWith("[{\"code\":400,\"description\":").contains("percent-encoding");
    }

    @Test
    void springsOwnRequestErrorsKeepTheirStatus() {
        ResponseEntity<String> reply = errors.other(new HttpRequestMethodNotSupportedException("PUT", java.util.List.of("POST")),
                new MockHttpServletRequest(HttpMethod.PUT.name(), "/open311/v2/requests.xml"));

        assertThat(reply.getStatusCode().value()).isEqualTo(405);
        assertThat(reply.getBody()).contains("<code>405</code>");
    }

    @Test
    void anythingElseIsA500WithoutItsMessage() {
        ResponseEntity<String> reply = errors.other(new IllegalStateException("secret internals"),
                new MockHttpServletRequest("POST", "/open311/v2/requests.json"));

        assertThat(reply.getStatusCode().value()).isEqualTo(500);
        assertThat(reply.getBody()).doesNotContain("secret");
    }
}
