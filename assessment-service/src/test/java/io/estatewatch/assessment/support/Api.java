package io.estatewatch.assessment.support;

import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.JwtIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's HTTP API as a caller sees it: JSON in, status and JSON out. */
public class Api {

    public static final Caller ADMIN = Caller.districtAdmin("admin");
    public static final Caller OFFICER = Caller.districtOfficer("wang.fang");
    public static final Caller PUBLIC = Caller.publicUser("citizen");
    public static final Caller HOTLINE = Caller.hotlineClient("12345", Caller.ALL_CHANNELS);

    private final MockMvc mvc;
    private final JwtIssuer tokens;
    private final JsonMapper json;

    Api(MockMvc mvc, JwtIssuer tokens, JsonMapper json) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.json = json;
    }

    public Reply post(Caller caller, String path, Object body) {
        return send(caller, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(text(body)));
    }

    public Reply get(Caller caller, String path) {
        return send(caller, MockMvcRequestBuilders.get(path));
    }

    public Reply send(Caller caller, MockHttpServletRequestBuilder request) {
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(caller));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            byte[] bytes = result.getResponse().getContentAsByteArray();
            String contentType = result.getResponse().getContentType();
            boolean isJson = contentType != null && contentType.contains("json");
            String body = isJson ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : null;
            return new Reply(result.getResponse().getStatus(), contentType,
                    result.getResponse().getHeader(HttpHeaders.LOCATION),
                    body == null || body.isEmpty() ? null : json.readTree(body), body, bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(Object body) {
        return body instanceof String raw ? raw : json.writeValueAsString(body);
    }

    public record Reply(int status, String contentType, String location, JsonNode body, String text, byte[] bytes) {

        public String string(String pointer) {
            JsonNode node = body.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        /** Asserts the status, showing the body when it differs. */
        public Reply is(int expected) {
            assertThat(status).as(text == null ? "" : text).isEqualTo(expected);
            return this;
        }

        /** Asserts an RFC 9457 problem of that status. */
        public Reply isProblem(int expected) {
            is(expected);
            assertThat(contentType).startsWith("application/problem+json");
            assertThat(body.get("status").asInt()).isEqualTo(expected);
            return this;
        }
    }
}
