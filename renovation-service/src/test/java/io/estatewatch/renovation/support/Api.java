package io.estatewatch.renovation.support;

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

import java.nio.charset.StandardCharsets;
import java.util.Map;


/** The service's HTTP API as a caller sees it: JSON in, status and JSON out. */
public class Api {

    public static final Caller OFFICER = Caller.districtOfficer("wang.fang");

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

    public Reply patch(Caller caller, String path, Object body) {
        return send(caller, MockMvcRequestBuilders.patch(path).contentType(MediaType.APPLICATION_JSON).content(text(body)));
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
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            return new Reply(result.getResponse().getStatus(), result.getResponse().getContentType(),
                    result.getResponse().getHeader(HttpHeaders.LOCATION),
                    body.isEmpty() ? null : json.readTree(body), body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A programme registered for a test, with a code of its own. */
    public String programme(String code, String title) {
        Reply reply = post(OFFICER, "/api/v1/renovation/programmes", Map.of("code", code, "title", title));
        if (reply.status() != 201 && reply.status() != 200) {
            throw new IllegalStateException("Could not register programme " + code + ": " + reply.text());
        }
        return code;
    }

    private String text(Object body) {
        return body instanceof String raw ? raw : json.writeValueAsString(body);
    }

    public record Reply(int status, String contentType, String location, JsonNode body, String text) {

        public String string(String pointer) {
            JsonNode node = body.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }
    }
}
