package io.estatewatch.complaint.open311;

import io.estatewatch.complaint.routing.EstateDirectory;
import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.ComplaintTopic;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import io.estatewatch.complaint.support.Register;
import io.estatewatch.events.complaint.ComplaintCategory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Http.ADMIN;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

/** GeoReport v2, field by field as the spec lists them; no token anywhere. */
@ComplaintServiceTest
class Open311Test {

    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata", "type",
            "keywords", "group");

    @Autowired
    Http http;
    @Autowired
    Register register;
    @Autowired
    EstateDirectory directory;
    @Autowired
    ComplaintTopic topic;

    private Reply get(String path) {
        return http.get(null, path);
    }

    private Reply post(String format, Map<String, String> form) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/open311/v2/requests." + format)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return http.send(null, request);
    }

    private static Document xml(Reply reply) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(reply.text().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> children(Element element) {
        List<String> names = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                names.add(child.getTagName());
            }
        }
        return names;
    }

    @Test
    void discoveryNamesTheSpecificationTheEndpointAndBothFormats() throws Exception {
        Reply json = get("/open311/v2/discovery.json");
        Reply xml = get("/open311/v2/discovery.xml");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.at("/endpoints/0/specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(json.at("/endpoints/0/url")).endsWith("/open311/v2");
        assertThat(json.body().get("endpoints").get(0).get("formats").toString()).isEqualTo("[\"text/xml\",\"application/json\"]");
        assertThat(json.at("/changeset")).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(xml.contentType()).startsWith("text/xml");
        Document document = xml(xml);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("discovery");
        assertThat(children(document.getDocumentElement())).containsExactly("changeset", "contact", "key_service", "endpoints");
        assertThat(document.getElementsByTagName("format").getLength()).isEqualTo(2);
        assertThat(document.getElementsByTagName("endpoint").getLength()).isEqualTo(1);
    }

    @Test
    void theServicesAreTheCategoriesWithTheirChineseNames() throws Exception {
        Reply json = get("/open311/v2/services.json");
        Reply xml = get("/open311/v2/services.xml");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body().isArray()).isTrue();
        assertThat(json.body()).hasSize(ComplaintCategory.values().length);
        JsonNode parking = json.body().get(0);
        List<String> fields = new ArrayList<>(parking.propertyNames());
        assertThat(fields).containsExactlyElementsOf(SERVICE_FIELDS);
        assertThat(parking.get("service_code").asString()).isEqualTo("PARKING");
        assertThat(parking.get("service_name").asString()).isEqualTo("车辆乱停乱放");
        assertThat(parking.get("metadata").asBoolean()).isTrue();
        assertThat(parking.get("type").asString()).isEqualTo("realtime");
        Document document = xml(xml);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(document.getElementsByTagName("service").getLength()).isEqualTo(ComplaintCategory.values().length);
        assertThat(children((Element) document.getElementsByTagName("service").item(0))).containsExactlyElementsOf(SERVICE_FIELDS);
    }

    @Test
    void aServiceDefinitionListsItsAttributes() throws Exception {
        Reply json = get("/open311/v2/services/ELEVATOR.json");
        Reply xml = get("/open311/v2/services/ELEVATOR.xml");
        Reply unknown = get("/open311/v2/services/UFO.json");

        assertThat(json.at("/service_code")).isEqualTo("ELEVATOR");
        JsonNode attribute = json.body().get("attributes").get(0);
        assertThat(new ArrayList<>(attribute.propertyNames())).containsExactly("variable", "code", "datatype", "required",
                "datatype_description", "order", "description");
        assertThat(attribute.get("code").asString()).isEqualTo("estate_id");
        assertThat(xml(xml).getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(xml(xml).getElementsByTagName("attribute").getLength()).isEqualTo(1);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(unknown.body().get(0).get("description").asString()).contains("UFO");
    }

    @Test
    void aPostedRequestBecomesAComplaintOnTheKeysChannelAndCanBeReadBack() throws Exception {
        String estateId = Register.newEstateId();
        String name = "桂花苑" + estateId.substring(7, 13);
        register.estate(estateId, name, List.of(), "桂花街道");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(estateId).isPresent());

        Reply created = post("json", Map.of("api_key", "test-open311-key", "service_code", "NOISE",
                "address_string", name + "5幢", "description", "楼上每晚装修，电话 13911112222",
                "first_name", "小明", "last_name", "李", "phone", "13911112222"));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get(0).get("service_request_id").asString();
        assertThat(created.body().get(0).get("service_notice").asString()).contains("TS-");
        assertThat(created.body().get(0).has("account_id")).isTrue();
        Reply complaint = http.get(ADMIN, "/api/v1/complaints/" + id);
        assertThat(complaint.at("/channel")).isEqualTo("CITIZEN_FORUM");
        assertThat(complaint.at("/estateId")).isEqualTo(estateId);
        assertThat(complaint.at("/complainant/name")).isEqualTo("李小明");
        assertThat(topic.await(id, 1).get(0).fact()).isEqualTo("received");

        Reply one = get("/open311/v2/requests/" + id + ".json");
        JsonNode request = one.body().get(0);
        assertThat(new ArrayList<>(request.propertyNames())).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("NOISE");
        assertThat(request.get("service_name").asString()).isEqualTo("噪音扰民");
        assertThat(request.get("address").asString()).isEqualTo(name);
        assertThat(request.get("description").asString()).isEqualTo("楼上每晚装修，电话 139****2222");
        assertThat(OffsetDateTime.parse(request.get("requested_datetime").asString()).getOffset().getId()).isEqualTo("+08:00");
        assertThat(one.text()).doesNotContain("13911112222").doesNotContain("李小明");
        Document document = xml(get("/open311/v2/requests/" + id + ".xml"));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(children((Element) document.getElementsByTagName("request").item(0))).containsExactlyElementsOf(REQUEST_FIELDS);
    }

    @Test
    void aPostedRequestInXmlAnswersInXml() throws Exception {
        Reply created = post("xml", Map.of("api_key", "test-open311-key", "service_code", "SANITATION",
                "lat", "30.2741", "long", "120.1551", "description", "垃圾桶满溢"));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Document document = xml(created);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(children((Element) document.getElementsByTagName("request").item(0)))
                .containsExactly("service_request_id", "service_notice", "account_id");
    }

    @Test
    void aRequestWithoutAValidKeyIsForbiddenInTheSpecsErrorShape() throws Exception {
        Reply json = post("json", Map.of("api_key", "wrong", "service_code", "NOISE", "address_string", "x", "description", "y"));
        Reply xml = post("xml", Map.of("service_code", "NOISE", "address_string", "x", "description", "y"));

        assertThat(json.status()).isEqualTo(403);
        assertThat(json.body().get(0).get("code").asInt()).isEqualTo(403);
        assertThat(xml.status()).isEqualTo(403);
        Document errors = xml(xml);
        assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(children((Element) errors.getElementsByTagName("error").item(0))).containsExactly("code", "description");
    }

    @Test
    void badRequestsAreTheSpecsErrorsNeverServerErrors() {
        Map<String, String> noLocation = Map.of("api_key", "test-open311-key", "service_code", "NOISE", "description", "y");
        Map<String, String> badPhone = Map.of("api_key", "test-open311-key", "service_code", "NOISE",
                "address_string", "x", "description", "y", "phone", "12");
        Map<String, String> badLat = Map.of("api_key", "test-open311-key", "service_code", "NOISE",
                "lat", "north", "long", "120", "description", "y");
        Map<String, String> noService = Map.of("api_key", "test-open311-key", "address_string", "x", "description", "y");

        for (Map<String, String> form : List.of(noLocation, badPhone, badLat, noService)) {
            Reply reply = post("json", form);
            assertThat(reply.status()).as(form + " → " + reply.text()).isEqualTo(400);
            assertThat(reply.body().get(0).get("code").asInt()).isEqualTo(400);
        }
        assertThat(post("json", Map.of("api_key", "test-open311-key", "service_code", "NOISE", "address_string", "x"))
                .status()).isEqualTo(400);
        assertThat(get("/open311/v2/requests.json?start_date=yesterday").status()).isEqualTo(400);
        assertThat(get("/open311/v2/requests.json?status=pending").status()).isEqualTo(400);
        assertThat(get("/open311/v2/requests/nope.json").status()).isEqualTo(404);
        assertThat(get("/open311/v2/services.csv").status()).isEqualTo(400);
        assertThat(get("/open311/v2/services.json?jurisdiction_id=elsewhere").status()).isEqualTo(404);
    }

    @Test
    void theRequestListFiltersByDatesCodeAndStatus() {
        String id = http.post(HOTLINE, "/api/v1/complaints", Map.of("channel", "MAYOR_HOTLINE",
                "externalId", "12345-o311-" + System.nanoTime(), "receivedAt", "2022-02-08T10:00:00+08:00",
                "address", "无名路" + System.nanoTime(), "category", "EV_CHARGING", "description", "飞线充电")).at("/id");

        Reply inFebruary = http.send(null, MockMvcRequestBuilders.get("/open311/v2/requests.json")
                .param("start_date", "2022-02-08T00:00:00+08:00").param("end_date", "2022-02-08T23:59:59+08:00")
                .param("service_code", "EV_CHARGING,NOISE").param("status", "open"));
        Reply closed = http.send(null, MockMvcRequestBuilders.get("/open311/v2/requests.json")
                .param("start_date", "2022-02-08T00:00:00+08:00").param("end_date", "2022-02-08T23:59:59+08:00")
                .param("status", "closed"));
        Reply byId = get("/open311/v2/requests.json?service_request_id=" + id + ",unknown");

        assertThat(inFebruary.body().findValuesAsString("service_request_id")).contains(id);
        assertThat(closed.body().findValuesAsString("service_request_id")).doesNotContain(id);
        assertThat(byId.body().findValuesAsString("service_request_id")).containsExactly(id);
        assertThat(byId.body().get(0).get("agency_responsible").asString()).isEqualTo("区房产管理中心物业管理股");
    }

    @Test
    void aClosedComplaintIsAClosedRequest() {
        String id = http.post(HOTLINE, "/api/v1/complaints", about(Register.newEstateId())).at("/id");
        http.post(ADMIN, "/api/v1/complaints/" + id + "/assignment", Map.of("assignee", Map.of("type", "STREET", "id", "新华街道")));
        http.post(ADMIN, "/api/v1/complaints/" + id + "/response", Map.of());
        http.post(ADMIN, "/api/v1/complaints/" + id + "/resolution", Map.of());
        http.post(ADMIN, "/api/v1/complaints/" + id + "/callback", Map.of("satisfaction", "SATISFIED"));

        JsonNode request = get("/open311/v2/requests/" + id + ".json").body().get(0);

        assertThat(request.get("status").asString()).isEqualTo("closed");
        assertThat(request.get("status_notes").asString()).isEqualTo("已办结");
        assertThat(request.get("agency_responsible").asString()).isEqualTo("新华街道");
        assertThat(request.get("expected_datetime").isNull()).isTrue();
    }

    @Test
    void theRestOfTheApiStaysJson() {
        Reply reply = http.send(ADMIN, MockMvcRequestBuilders.get("/api/v1/complaints").accept(MediaType.ALL));

        assertThat(reply.contentType()).startsWith("application/json");
    }
}
