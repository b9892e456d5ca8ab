package io.estatewatch.benchmarks.faults;

import io.estatewatch.benchmarks.rig.Http;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.arbitraries.StringArbitrary;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad bodies, at least 500 for every write endpoint with a body that a service's OpenAPI document lists
 * (the complaint, reporting, filing, assessment and renovation services; the gateway only forwards):
 * each is refused with a 4xx — an RFC 9457 problem+json for the JSON API — and never causes a 5xx.
 *
 * <p>The Open311 GeoReport v2 endpoint answers in its specification's error format ({@code [{"code":400,
 * "description":"…"}]}) rather than problem+json; for it the test asks for a 4xx in that format.
 *
 * <p>Every body is bad by construction for the endpoint it is sent to: not JSON, truncated JSON, the wrong top-level
 * type, nesting deeper than any parser allows, invalid UTF-8, or an object in which one of the endpoint's own fields
 * has the wrong JSON type, among random extra fields and values.
 */
class MalformedInputTest {

    private static final int TRIES = 500;
    private static final List<String> MORE_SERVICES = List.of("filing-service", "assessment-service", "renovation-service");

    private static ServicePlatform platform;
    private static List<Target> endpoints;
    private static String complaintId;
    private static final Map<String, Map<Integer, AtomicInteger>> STATUSES = new ConcurrentHashMap<>();

    @BeforeContainer
    static void discoverTheWriteEndpoints() {
        platform = ServicePlatform.get();
        List<ServiceUnderTest> services = new ArrayList<>();
        services.add(platform.complaints);
        platform.reporting.ifPresent(services::add);
        services.addAll(platform.services(MORE_SERVICES).values());
        List<Target> found = new ArrayList<>();
        for (ServiceUnderTest service : services) {
            Http.Answer document = platform.http.get(service.uri("/v3/api-docs"), Map.of());
            assertThat(document.status()).as("%s /v3/api-docs", service.name()).isEqualTo(200);
            // Boot's error path shows up in the document; it is not an endpoint of the API.
            WriteEndpoints.of(ServicePlatform.JSON.readTree(document.body())).all().stream()
                    .filter(endpoint -> !endpoint.path().equals("/error"))
                    .forEach(endpoint -> found.add(new Target(service, endpoint)));
        }
        endpoints = found;
        assertThat(endpoints).isNotEmpty();
        Http.Answer created = platform.http.postJson(platform.complaints.uri("/api/v1/complaints"),
                ServicePlatform.hotline(), ServicePlatform.push("fuzz-target-" + System.nanoTime(),
                        "2022-04-01T09:00:00+08:00", "OTHER", "02161234567"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        complaintId = ServicePlatform.JSON.readTree(created.body()).path("id").asString();
    }

    @AfterContainer
    static void report() {
        if (endpoints == null) {
            return;
        }
        Map<String, Map<Integer, AtomicInteger>> sorted = new TreeMap<>(STATUSES);
        int total = sorted.values().stream().flatMap(m -> m.values().stream()).mapToInt(AtomicInteger::get).sum();
        Map<Integer, Integer> overall = new TreeMap<>();
        sorted.values().forEach(m -> m.forEach((status, n) -> overall.merge(status, n.get(), Integer::sum)));
        FaultRun.figure("malformed-input", endpoints.size() + " write endpoints of "
                + endpoints.stream().map(t -> t.service().name()).distinct().toList() + ", " + total
                + " generated bad bodies, statuses " + overall + "; per endpoint " + sorted);
        for (Target endpoint : endpoints) {
            int sent = STATUSES.getOrDefault(endpoint.toString(), Map.of()).values().stream()
                    .mapToInt(AtomicInteger::get).sum();
            assertThat(sent).as("bad bodies sent to %s", endpoint).isGreaterThanOrEqualTo(TRIES);
        }
    }

    @Property(tries = TRIES, afterFailure = net.jqwik.api.AfterFailureMode.RANDOM_SEED)
    void everyBadBodyIsRefusedWithA4xxProblemAndNeverA5xx(@ForAll("badBodies") BadBody bad) {
        for (Target target : endpoints) {
            WriteEndpoints.Endpoint endpoint = target.endpoint();
            // The complaint's own paths name a complaint that exists, so bodies reach every check; elsewhere any id
            // does (a body is read before the handler looks anything up).
            String id = target.service() == platform.complaints ? complaintId : "fuzz-" + bad.field();
            String path = endpoint.path().replace("{format}", "json")
                    .replaceAll("\\{[^}]*[iI]d[^}]*}", id).replaceAll("\\{[^}]+}", "x");
            boolean open311 = endpoint.path().startsWith("/open311/");
            byte[] body = open311 ? bad.form(endpoint) : bad.json(endpoint);
            Http.Answer answer = platform.http.send(endpoint.method(), target.service().uri(path),
                    ServicePlatform.admin(), open311 ? "application/x-www-form-urlencoded" : endpoint.contentType(), body);
            STATUSES.computeIfAbsent(target.toString(), e -> new ConcurrentHashMap<>())
                    .computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
            String sent = new String(body, StandardCharsets.UTF_8);
            assertThat(answer.status()).as("%s %s with %s answered %s",
                    endpoint, path, abbreviate(sent), abbreviate(answer.body())).isBetween(400, 499);
            if (open311) {
                // GeoReport v2 answers its own error list, [{"code":400,"description":"…"}], as the spec says.
                assertThat(ServicePlatform.JSON.readTree(answer.body()).path(0).path("code").asInt())
                        .isEqualTo(answer.status());
            } else if (endpoint.json()) {
                assertThat(answer.problem()).as("%s answers problem+json, not %s", endpoint, answer.contentType()).isTrue();
                JsonNode problem = ServicePlatform.JSON.readTree(answer.body());
                assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
                assertThat(problem.path("type").asString()).startsWith("https://estatewatch.io/problems/");
            }
        }
    }

    @Provide
    Arbitrary<BadBody> badBodies() {
        StringArbitrary text = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                text.map(s -> (Object) s),
                Arbitraries.strings().withChars("0123456789-:TZ+.").ofMaxLength(30).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just((Object) "x".repeat(5_000)),
                Arbitraries.of("MAYOR_HOTLINE", "PARKING", "COMPANY", "SATISFIED", "2022-03-01T09:00:00+08:00",
                        "2999-01-01T00:00:00Z", "13800001234").map(s -> (Object) s));
        Arbitrary<Map<String, Object>> noise = Arbitraries.maps(
                Arbitraries.oneOf(Arbitraries.of("channel", "externalId", "receivedAt", "estateId", "address",
                        "category", "description", "complainant", "assignee", "note", "result", "satisfaction", "into",
                        "at", "complaints", "type", "id"), text.ofMinLength(1)),
                scalar).ofMaxSize(6);
        Arbitrary<Object> wrongType = Arbitraries.of(List.of(1, 2), Map.of("nested", Map.of("deeper", 1)),
                List.of(), Map.of(), List.of(Map.of("a", List.of())));
        Arbitrary<Object> wrongForObject = Arbitraries.oneOf(text.map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.of(true, false).map(b -> (Object) b));
        return Combinators.combine(Arbitraries.of(BadBody.Kind.values()), text, noise, Arbitraries.integers().between(0, 50),
                        wrongType, wrongForObject)
                .as(BadBody::new);
    }

    /** One write endpoint of one service. */
    record Target(ServiceUnderTest service, WriteEndpoints.Endpoint endpoint) {

        @Override
        public String toString() {
            return service.name() + " " + endpoint;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }

    /** One bad body, made for the endpoint it is sent to. */
    record BadBody(Kind kind, String text, Map<String, Object> noise, int field, Object wrongType,
                   Object wrongForObject) {

        enum Kind { NOT_JSON, TRUNCATED, WRONG_TOP_LEVEL, EMPTY, WRONG_FIELD_TYPE, TOO_DEEP, BAD_UTF8 }

        byte[] json(WriteEndpoints.Endpoint endpoint) {
            return switch (kind) {
                case NOT_JSON -> ("not json: " + text).getBytes(StandardCharsets.UTF_8);
                case TRUNCATED -> {
                    String whole = ServicePlatform.JSON.writeValueAsString(object(endpoint));
                    yield whole.substring(0, Math.max(1, whole.length() - 1 - field % whole.length()))
                            .getBytes(StandardCharsets.UTF_8);
                }
                case WRONG_TOP_LEVEL -> List.of("[1,2,3]", "42", "\"" + text.replace("\\", "").replace("\"", "") + "\"",
                        "true", "null", "[]").get(field % 6).getBytes(StandardCharsets.UTF_8);
                case EMPTY -> new byte[0];
                case WRONG_FIELD_TYPE -> ServicePlatform.JSON.writeValueAsBytes(object(endpoint));
                case TOO_DEEP -> ("[".repeat(3_000 + field) + "]".repeat(3_000 + field)).getBytes(StandardCharsets.UTF_8);
                case BAD_UTF8 -> {
                    byte[] prefix = "{\"description\":\"".getBytes(StandardCharsets.UTF_8);
                    byte[] bytes = new byte[prefix.length + 4];
                    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
                    bytes[prefix.length] = (byte) 0xC3;
                    bytes[prefix.length + 1] = (byte) 0x28;
                    bytes[prefix.length + 2] = (byte) '"';
                    bytes[prefix.length + 3] = (byte) '}';
                    yield bytes;
                }
            };
        }

        /** Noise plus one of the endpoint's own fields with a value of the wrong JSON type. */
        private Map<String, Object> object(WriteEndpoints.Endpoint endpoint) {
            Map<String, Object> object = new TreeMap<>(noise);
            List<Map.Entry<String, String>> fields = new ArrayList<>(endpoint.fields().entrySet());
            if (fields.isEmpty()) {
                object.put("unexpected", wrongType);
                return object;
            }
            Map.Entry<String, String> target = fields.get(field % fields.size());
            object.put(target.getKey(), switch (target.getValue()) {
                // A container where a scalar belongs, a scalar where a container belongs, never the right kind.
                case "object" -> wrongType instanceof List<?> ? wrongType : wrongForObject;
                case "array" -> wrongType instanceof Map<?, ?> ? wrongType : wrongForObject;
                default -> wrongType;
            });
            return object;
        }

        /** A GeoReport v2 form with a valid api_key but never a service_code: refused for what it says. */
        byte[] form(WriteEndpoints.Endpoint endpoint) {
            StringBuilder form = new StringBuilder("api_key=local-open311-key");
            noise.forEach((name, value) -> form.append("&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
            if (kind == Kind.NOT_JSON || kind == Kind.BAD_UTF8) {
                form.append("&%%zz=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
            return form.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
