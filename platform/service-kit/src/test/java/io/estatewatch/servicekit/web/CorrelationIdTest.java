package io.estatewatch.servicekit.web;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code X-Correlation-Id}: taken from the request or made up, current while the request runs, echoed back. */
class CorrelationIdTest extends WebConventionsTest {

    private static final String VALID = """
            {"name":"Green Valley","households":120,"category":"PARKING"}""";

    @Test
    void anIncomingCorrelationIdIsEchoedAndCurrentInTheHandler() {
        Reply reply = postJson("/api/v1/samples", VALID, CorrelationId.HEADER, "hotline-4711.attempt-2");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header(CorrelationId.HEADER)).isEqualTo("hotline-4711.attempt-2");
        assertThat(reply.json().path("correlationId").asString()).isEqualTo("hotline-4711.attempt-2");
    }

    @Test
    void aRequestWithoutACorrelationIdGetsAGeneratedOne() {
        Reply reply = postJson("/api/v1/samples", VALID);

        String generated = reply.header(CorrelationId.HEADER);
        assertThat(UUID.fromString(generated)).isNotNull();
        assertThat(reply.json().path("correlationId").asString()).isEqualTo(generated);
    }

    @Test
    void aCorrelationIdThatCouldForgeLogLinesIsReplaced() {
        Reply reply = postJson("/api/v1/samples", VALID, CorrelationId.HEADER, "a b} {\"level\":\"ERROR\"}");

        assertThat(UUID.fromString(reply.header(CorrelationId.HEADER))).isNotNull();
    }

    @Test
    void aProblemCarriesTheCorrelationIdOfItsRequest() {
        Reply reply = send(request("/api/v1/samples/s-1", CorrelationId.HEADER, "trace-me").GET().build());

        assertThat(reply.header(CorrelationId.HEADER)).isEqualTo("trace-me");
        assertThat(reply.json().path("correlationId").asString()).isEqualTo("trace-me");
    }

    @Test
    void anErrorOutsideSpringMvcKeepsTheCorrelationIdOfItsRequest() {
        Reply reply = send(request("/filter-failure", CorrelationId.HEADER, "trace-the-filter").GET().build());

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.header(CorrelationId.HEADER)).isEqualTo("trace-the-filter");
        assertThat(reply.json().path("correlationId").asString()).isEqualTo("trace-the-filter");
    }

    @Test
    void theCorrelationIdIsNoLongerCurrentAfterTheRequest() throws Exception {
        AtomicReference<String> during = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/anything");
        request.addHeader(CorrelationId.HEADER, "c-1");

        new CorrelationIdFilter().doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                        during.set(CorrelationId.current().orElse(null));
                    }
                }));

        assertThat(during).hasValue("c-1");
        assertThat(CorrelationId.current()).isEmpty();
    }

    @Test
    void anOpenedCorrelationIdIsCurrentUntilItsScopeCloses() {
        try (CorrelationId.Scope outer = CorrelationId.open("outer")) {
            try (CorrelationId.Scope inner = CorrelationId.open("inner")) {
                assertThat(CorrelationId.current()).hasValue("inner");
            }
            assertThat(CorrelationId.current()).hasValue("outer");
        }
        assertThat(MDC.get(CorrelationId.MDC_KEY)).isNull();
    }
}
