package io.estatewatch.complaint.support;

import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.JwtIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The HTTP API as a client sees it, with a signed token for the caller (none for null). */
public class Http {

    public static final Caller ADMIN = Caller.districtAdmin("admin");
    public static final Caller HOTLINE = Caller.hotlineClient("hotline-12345", Caller.ALL_CHANNELS);

    private final MockMvc mvc;
    private final JwtIssuer tokens;
    private final JsonMapper json;

    Http(MockMvc mvc, JwtIssuer tokens, JsonMapper json) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.json = json;
    }

    public Reply post(Caller caller, String path, Object body) {
        return send(caller, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String raw ? raw : json.writeValueAsString(body)));
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
            String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            String type = result.getResponse().getContentType();
            JsonNode body = text.isEmpty() || type == null || !type.contains("json") ? null : json.readTree(text);
            return new Reply(result.getResponse().getStatus(), type, result.getResponse().getHeader(HttpHeaders.LOCATION),
                    body, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String location, JsonNode body, String text) {

        /** The text at a JSON pointer, or null. */
        public String at(String pointer) {
            JsonNode node = body == null ? null : body.at(pointer);
            return node == null || node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        /** The ids of a listing's page, in order. */
        public java.util.List<String> ids() {
            java.util.List<String> ids = new java.util.ArrayList<>();
            body.get("content").forEach(item -> ids.add(item.get("id").asString()));
            return ids;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
