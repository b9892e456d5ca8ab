package io.estatewatch.servicekit.web;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.estatewatch.testkit.TestInfrastructure;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** An idempotency key belongs to the caller that sent it: another caller's same key is another request. */
class IdempotencyCallerScopeTest {

    private static MongoClient client;
    private static IdempotencyFilter filter;

    private final AtomicInteger handled = new AtomicInteger();

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client, "idempotency-caller-test");
        filter = new IdempotencyFilter(new IdempotencyStore(mongo, Duration.ofHours(24), Duration.ofMinutes(5), Clock.systemUTC()),
                new ProblemResponses(JsonMapper.builder().build(), Duration.ofSeconds(5)));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theSameKeyFromAnotherCallerIsAnotherRequest() throws Exception {
        String key = "key-" + UUID.randomUUID();

        MockHttpServletResponse first = post(key, "hotline-a");
        MockHttpServletResponse second = post(key, "hotline-b");
        MockHttpServletResponse retry = post(key, "hotline-a");

        assertThat(handled).hasValue(2);
        assertThat(first.getHeader(IdempotencyFilter.REPLAY_HEADER)).isNull();
        assertThat(second.getHeader(IdempotencyFilter.REPLAY_HEADER)).isNull();
        assertThat(retry.getHeader(IdempotencyFilter.REPLAY_HEADER)).isEqualTo("true");
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("handled by hotline-a");
    }

    private MockHttpServletResponse post(String key, String caller) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints");
        request.addHeader(IdempotencyFilter.HEADER, key);
        request.setContentType("application/json");
        request.setContent("{\"externalId\":\"12345\"}".getBytes());
        request.setUserPrincipal(() -> caller);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                handled.incrementAndGet();
                res.setStatus(201);
                res.setContentType("text/plain");
                res.getWriter().write("handled by " + req.getUserPrincipal().getName());
            }
        }));
        return response;
    }
}
