package io.estatewatch.servicekit.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of error a service answers, as a client sees it: RFC 9457 problem+json with a stable type. */
class ProblemDetailsTest extends WebConventionsTest {

    private static final String VALID = """
            {"name":"Green Valley","households":120,"category":"PARKING","contact":{"name":"Li","phone":"13800001234"}}""";

    @Autowired
    ApplicationContext context;

    @Test
    void theKitsHandlerIsTheOnlyProblemHandler() {
        assertThat(context.getBeansOfType(ResponseEntityExceptionHandler.class).values())
                .singleElement().isInstanceOf(ApiExceptionHandler.class);
        assertThat(context.getBeansOfType(ErrorController.class).values())
                .singleElement().isInstanceOf(ProblemErrorController.class);
    }

    @Test
    void aValidRequestIsNotAProblem() {
        Reply reply = postJson("/api/v1/samples", VALID);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.contentType()).startsWith("application/json");
    }

    @Test
    void beanValidationFailuresListEveryInvalidField() {
        Reply reply = postJson("/api/v1/samples", """
                {"name":" ","households":0,"category":"NOISE","contact":{"name":"Li","phone":"12345"}}""");

        JsonNode problem = assertProblem(reply, 400, ProblemType.VALIDATION, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).contains("contact.phone", "households", "name");
        assertThat(errors(problem)).containsExactly(
                error("contact.phone", "must be an 11-digit mobile number"),
                error("households", "must be greater than or equal to 1"),
                error("name", "must not be blank"));
    }

    @Test
    void aMissingRequiredFieldIsAValidationFailure() {
        Reply reply = postJson("/api/v1/samples", """
                {"name":"Green Valley","category":"NOISE"}""");

        JsonNode problem = assertProblem(reply, 400, ProblemType.VALIDATION, "/api/v1/samples");
        assertThat(errors(problem)).containsExactly(error("households", "must not be null"));
    }

    @Test
    void truncatedJsonIsAMalformedBody() {
        Reply reply = postJson("/api/v1/samples", "{\"name\":\"Green Valley\",\"households\":1");

        JsonNode problem = assertProblem(reply, 400, ProblemType.MALFORMED_BODY, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).startsWith("The request body is not valid JSON");
    }

    @Test
    void textThatIsNotJsonIsAMalformedBody() {
        Reply reply = postJson("/api/v1/samples", "name=Green Valley");

        JsonNode problem = assertProblem(reply, 400, ProblemType.MALFORMED_BODY, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).startsWith("The request body is not valid JSON");
    }

    @Test
    void aBodyThatClaimsToBeMultipartWithoutABoundaryIsAMalformedBody() {
        Reply reply = send(request("/api/v1/samples/attachments", "Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"not a multipart body\"}")).build());

        JsonNode problem = assertProblem(reply, 400, ProblemType.MALFORMED_BODY, "/api/v1/samples/attachments");
        assertThat(problem.path("detail").asString()).contains("multipart/form-data");
    }

    @Test
    void aWellFormedMultipartBodyIsNotAProblem() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--b--\r\n";
        Reply reply = send(request("/api/v1/samples/attachments", "Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"size\":5");
    }

    @Test
    void aMissingBodyIsAMalformedBody() {
        Reply reply = send(request("/api/v1/samples").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        JsonNode problem = assertProblem(reply, 400, ProblemType.MALFORMED_BODY, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).isEqualTo("The request body is missing.");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndListsTheAllowedValues() {
        Reply reply = postJson("/api/v1/samples", """
                {"name":"Green Valley","households":12,"category":"FIREWORKS"}""");

        JsonNode problem = assertProblem(reply, 400, ProblemType.MALFORMED_BODY, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).isEqualTo(
                "Field 'category' has an unknown value 'FIREWORKS'; allowed values: PARKING, NOISE, HYGIENE.");
        assertThat(errors(problem)).containsExactly(
                error("category", "has an unknown value 'FIREWORKS'; allowed values: PARKING, NOISE, HYGIENE"));
    }

    @Test
    void aValueOfTheWrongJsonTypeNamesTheField() {
        Reply reply = postJson("/api/v1/samples", """
                {"name":"Green Valley","households":"many","category":"NOISE"}""");

        JsonNode problem = assertProblem(reply, 400, ProblemType.MALFORMED_BODY, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).isEqualTo("Field 'households' must be an integer.");
        assertThat(errors(problem)).containsExactly(error("households", "must be an integer"));
    }

    @Test
    void anObjectWhereAStringBelongsNamesTheNestedField() {
        Reply reply = postJson("/api/v1/samples", """
                {"name":"Green Valley","households":1,"category":"NOISE","contact":{"name":{"first":"Li"}}}""");

        JsonNode problem = assertProblem(reply, 400, ProblemType.MALFORMED_BODY, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).isEqualTo("Field 'contact.name' must be a string.");
    }

    @Test
    void aDateWithoutTheIsoFormatNamesTheFieldAndTheFormat() {
        Reply reply = postJson("/api/v1/samples", """
                {"name":"Green Valley","households":1,"category":"NOISE","receivedAt":"01/03/2022 09:30"}""");

        JsonNode problem = assertProblem(reply, 400, ProblemType.MALFORMED_BODY, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).isEqualTo(
                "Field 'receivedAt' must be an ISO-8601 date-time with offset such as 2022-03-01T09:30:00+08:00.");
    }

    @Test
    void aMissingQueryParameterIsAnInvalidParameter() {
        Reply reply = get("/api/v1/samples");

        JsonNode problem = assertProblem(reply, 400, ProblemType.INVALID_PARAMETER, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).isEqualTo("Parameter 'street' is required.");
        assertThat(errors(problem)).containsExactly(error("street", "is required"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsAnInvalidParameter() {
        Reply reply = get("/api/v1/samples?street=Xinhua&page=first");

        JsonNode problem = assertProblem(reply, 400, ProblemType.INVALID_PARAMETER, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).isEqualTo("Parameter 'page' must be an integer.");
    }

    @Test
    void aFormBodyWithBrokenPercentEncodingIsAnInvalidParameter() {
        Reply reply = send(request("/api/v1/samples/forms", "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Li&%%zz=")).build());

        JsonNode problem = assertProblem(reply, 400, ProblemType.INVALID_PARAMETER, "/api/v1/samples/forms");
        assertThat(problem.path("detail").asString()).contains("percent-encoding");
    }

    @Test
    void anUnknownEnumQueryParameterListsTheAllowedValues() {
        Reply reply = get("/api/v1/samples?street=Xinhua&category=FIREWORKS");

        JsonNode problem = assertProblem(reply, 400, ProblemType.INVALID_PARAMETER, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).isEqualTo(
                "Parameter 'category' has an unknown value 'FIREWORKS'; allowed values: PARKING, NOISE, HYGIENE.");
    }

    @Test
    void aParameterOutsideItsConstraintsIsAValidationFailure() {
        Reply reply = get("/api/v1/samples/bounded?page=-1&size=500");

        JsonNode problem = assertProblem(reply, 400, ProblemType.VALIDATION, "/api/v1/samples/bounded");
        assertThat(errors(problem)).containsExactly(
                error("page", "must be greater than or equal to 0"),
                error("size", "must be less than or equal to 100"));
    }

    @Test
    void aDomainRuleViolationListsItsFields() {
        Reply reply = postJson("/api/v1/samples/ranges", "{}");

        JsonNode problem = assertProblem(reply, 400, ProblemType.VALIDATION, "/api/v1/samples/ranges");
        assertThat(problem.path("detail").asString()).isEqualTo("The period ends before it starts.");
        assertThat(errors(problem)).containsExactly(
                error("from", "must not be after to"), error("to", "must not be before from"));
    }

    @Test
    void aMissingResourceIsNotFound() {
        Reply reply = get("/api/v1/samples/s-404");

        JsonNode problem = assertProblem(reply, 404, ProblemType.NOT_FOUND, "/api/v1/samples/s-404");
        assertThat(problem.path("detail").asString()).isEqualTo("Sample 's-404' was not found.");
    }

    @Test
    void anUnknownPathIsNotFound() {
        Reply reply = get("/api/v1/nothing-here");

        JsonNode problem = assertProblem(reply, 404, ProblemType.NOT_FOUND, "/api/v1/nothing-here");
        assertThat(problem.path("detail").asString()).isEqualTo("There is no resource at /api/v1/nothing-here.");
    }

    @Test
    void anUnsupportedMethodIsMethodNotAllowedWithTheAllowedMethods() {
        Reply reply = send(request("/api/v1/samples/s-1").DELETE().build());

        JsonNode problem = assertProblem(reply, 405, ProblemType.METHOD_NOT_ALLOWED, "/api/v1/samples/s-1");
        assertThat(problem.path("detail").asString()).isEqualTo("Method DELETE is not supported here; allowed: GET, PUT.");
        assertThat(reply.header("Allow")).contains("GET", "PUT");
    }

    @Test
    void anUnsupportedContentTypeIsUnsupportedMediaType() {
        Reply reply = send(request("/api/v1/samples").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("name,households")).build());

        JsonNode problem = assertProblem(reply, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).startsWith("Content-Type 'text/csv' is not supported; supported: application/json");
    }

    @Test
    void aConflictCarriesTheCurrentState() {
        Reply reply = postJson("/api/v1/samples/s-1/close", "{}");

        JsonNode problem = assertProblem(reply, 409, ProblemType.CONFLICT, "/api/v1/samples/s-1/close");
        assertThat(problem.path("detail").asString()).isEqualTo("Sample 's-1' is already closed.");
        assertThat(problem.path("currentState").asString()).isEqualTo("CLOSED");
    }

    @Test
    void aDuplicateKeyIsAlreadyExistsWithoutTheDatabaseMessage() {
        Reply reply = postJson("/api/v1/samples/duplicate", "{}");

        JsonNode problem = assertProblem(reply, 409, ProblemType.ALREADY_EXISTS, "/api/v1/samples/duplicate");
        assertThat(reply.body()).doesNotContain("E11000", "13800001234", "phone_1");
        assertThat(problem.path("detail").asString()).isEqualTo("A resource with the same identity already exists.");
    }

    @Test
    void anOptimisticLockingFailureIsAConcurrentModification() {
        Reply reply = postJson("/api/v1/samples/stale", "{}");

        assertProblem(reply, 409, ProblemType.CONCURRENT_MODIFICATION, "/api/v1/samples/stale");
    }

    @Test
    void mongoDbBeingUnreachableIsServiceUnavailableWithRetryAfter() {
        Reply reply = get("/api/v1/samples/mongo-down");

        assertProblem(reply, 503, ProblemType.SERVICE_UNAVAILABLE, "/api/v1/samples/mongo-down");
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.body()).doesNotContain("27017", "Timed out");
    }

    @Test
    void aMongoDriverTimeoutIsServiceUnavailableToo() {
        Reply reply = get("/api/v1/samples/mongo-driver-down");

        assertProblem(reply, 503, ProblemType.SERVICE_UNAVAILABLE, "/api/v1/samples/mongo-driver-down");
        assertThat(reply.header("Retry-After")).isEqualTo("5");
    }

    @Test
    void aKafkaTimeoutAnywhereInTheCausesIsServiceUnavailable() {
        Reply reply = get("/api/v1/samples/kafka-down");

        assertProblem(reply, 503, ProblemType.SERVICE_UNAVAILABLE, "/api/v1/samples/kafka-down");
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.body()).doesNotContain("metadata", "estatewatch.secret");
    }

    @Test
    void anUnexpectedExceptionIsAGenericInternalErrorWithoutItsMessage() {
        Reply reply = get("/api/v1/samples/failure");

        JsonNode problem = assertProblem(reply, 500, ProblemType.INTERNAL_ERROR, "/api/v1/samples/failure");
        assertThat(problem.path("detail").asString()).isEqualTo(ProblemResponses.INTERNAL_DETAIL);
    }

    @Test
    void anExceptionOutsideSpringMvcIsAProblemToo() {
        Reply reply = get("/filter-failure");

        JsonNode problem = assertProblem(reply, 500, ProblemType.INTERNAL_ERROR, "/filter-failure");
        assertThat(problem.path("detail").asString()).isEqualTo(ProblemResponses.INTERNAL_DETAIL);
    }

    @Test
    void aProblemIsStillProblemJsonWhenTheClientAsksForHtml() {
        Reply reply = send(request("/api/v1/samples/s-404", "Accept", "text/html").GET().build());

        assertProblem(reply, 404, ProblemType.NOT_FOUND, "/api/v1/samples/s-404");
    }

    static List<Map<String, String>> errors(JsonNode problem) {
        assertThat(problem.path("errors").isArray()).as("errors[] in %s", problem).isTrue();
        return problem.path("errors").valueStream()
                .map(error -> Map.of("field", error.path("field").asString(), "message", error.path("message").asString()))
                .toList();
    }
}
