package io.estatewatch.filing.support;

import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.JwtIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The service's HTTP API as a caller sees it: JSON in, status and JSON out; and the register's usual first steps. */
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

    public Reply put(Caller caller, String path, Object body) {
        return send(caller, MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(text(body)));
    }

    public Reply get(Caller caller, String path) {
        return send(caller, MockMvcRequestBuilders.get(path));
    }

    public Reply upload(Caller caller, String path, String fileName, String contentType, byte[] content) {
        return send(caller, MockMvcRequestBuilders.multipart(path)
                .file(new MockMultipartFile("file", fileName, contentType, content)));
    }

    public Reply send(Caller caller, AbstractMockHttpServletRequestBuilder<?> request) {
        if (caller != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(caller));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            var response = result.getResponse();
            String body = response.getContentType() != null && response.getContentType().contains("json")
                    ? response.getContentAsString(StandardCharsets.UTF_8) : "";
            return new Reply(response.getStatus(), response.getContentType(), response.getHeader(HttpHeaders.LOCATION),
                    body.isEmpty() ? null : json.readTree(body), body, response.getContentAsByteArray(),
                    response.getHeader("Idempotent-Replay"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a company with a valid credit code of its own. */
    public String company(String name) {
        return created(post(OFFICER, "/api/v1/companies", Bodies.company(name, Bodies.creditCode())));
    }

    /** Registers an estate in {@code street} under a name of its own. */
    public String estate(String street) {
        return created(post(OFFICER, "/api/v1/estates", Bodies.estate(Bodies.unique("小区"), street)));
    }

    /** Submits a filing; answers its id. */
    public String file(Map<String, Object> body) {
        return created(post(OFFICER, "/api/v1/filings", body));
    }

    /** Decides on a filing and expects it to be accepted. */
    public Reply decide(String filingId, String decision, String at) {
        Reply reply = post(OFFICER, "/api/v1/filings/" + filingId + "/decision", Bodies.decision(decision, at));
        if (reply.status() != 200) {
            throw new IllegalStateException("Decision " + decision + " refused: " + reply.text());
        }
        return reply;
    }

    private static String created(Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("Expected 201, got " + reply.status() + ": " + reply.text());
        }
        return reply.string("/id");
    }

    private String text(Object body) {
        return body instanceof String raw ? raw : json.writeValueAsString(body);
    }

    public record Reply(int status, String contentType, String location, JsonNode body, String text, byte[] bytes,
                        String replay) {

        public String string(String pointer) {
            JsonNode node = body.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }
}
