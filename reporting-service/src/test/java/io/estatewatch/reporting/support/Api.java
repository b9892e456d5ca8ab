package io.estatewatch.reporting.support;

import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.JwtIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/** The service's HTTP API as a caller sees it. */
public class Api {

    public static final Caller ADMIN = Caller.districtAdmin("zhang.admin");
    public static final Caller OFFICER = Caller.districtOfficer("wang.fang");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final JwtIssuer tokens;

    Api(MockMvc mvc, JwtIssuer tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    public String token(Caller caller) {
        return tokens.issue(caller);
    }

    public Reply get(Caller caller, String path) {
        return send(caller, MockMvcRequestBuilders.get(path));
    }

    public Reply post(Caller caller, String path) {
        return send(caller, MockMvcRequestBuilders.post(path));
    }

    public Reply send(Caller caller, MockHttpServletRequestBuilder request) {
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(caller));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            byte[] body = result.getResponse().getContentAsByteArray();
            return new Reply(result.getResponse().getStatus(), result.getResponse().getContentType(), body,
                    result.getResponse().getHeader(HttpHeaders.LOCATION));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, byte[] bytes, String location) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(text());
        }

        public long number(String pointer) {
            return json().at(pointer).asLong();
        }
    }
}
