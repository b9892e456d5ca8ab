package io.estatewatch.filing.register;

import io.estatewatch.filing.support.Api;
import io.estatewatch.filing.support.Api.Reply;
import io.estatewatch.filing.support.Bodies;
import io.estatewatch.filing.support.FilingServiceTest;
import io.estatewatch.filing.support.PublishedEvents;
import io.estatewatch.servicekit.security.Caller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static io.estatewatch.filing.support.Api.OFFICER;
import static io.estatewatch.filing.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

@FilingServiceTest
class KeepingEstatesTest {

    private static final String REGISTER = "estatewatch.register.events";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    JsonMapper json;

    @Test
    void aRegisteredEstateIsPublishedWithWhatRoutingNeedsAndHasNoCompanyYet() {
        String street = Bodies.unique("翠苑街道");
        String name = Bodies.unique("翠苑一区");

        Reply reply = api.post(OFFICER, "/api/v1/estates", Bodies.estate(name, street));

        assertThat(reply.status()).isEqualTo(201);
        String id = reply.string("/id");
        assertThat(reply.body().get("companyId").isNull()).isTrue();
        assertThat(reply.body().get("managed").asBoolean()).isFalse();
        assertThat(reply.body().get("serviceGrade").isNull()).isTrue();
        assertThat(api.get(OFFICER, "/api/v1/estates/" + id).string("/registeredAt"))
                .isEqualTo(reply.string("/registeredAt"));
        ConsumerRecord<String, byte[]> record = events.await(REGISTER, id, 1).get(0);
        assertThat(PublishedEvents.headers(record))
                .containsEntry("ce_type", "estatewatch.register.estate.registered.v1")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_sequence", "1");
        JsonNode data = json.readTree(record.value());
        assertThat(data.get("estateId").asString()).isEqualTo(id);
        assertThat(data.get("name").asString()).isEqualTo(name);
        assertThat(data.get("street").asString()).isEqualTo(street);
        assertThat(data.get("aliases").get(0).asString()).isEqualTo(name + "小区");
        assertThat(data.get("floorAreaM2").asDouble()).isEqualTo(98000.5);
        assertThat(data.get("households").asInt()).isEqualTo(1200);
    }

    @Test
    void aNameIsRegisteredOncePerStreetButAgainInAnotherStreet() {
        String name = Bodies.unique("新华小区");
        String street = Bodies.unique("新华街道");
        String first = api.post(OFFICER, "/api/v1/estates", Bodies.estate(name, street)).string("/id");

        Reply again = api.post(OFFICER, "/api/v1/estates", Bodies.estate(name, street));
        Reply elsewhere = api.post(OFFICER, "/api/v1/estates", Bodies.estate(name, Bodies.unique("朝晖街道")));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.string("/existingEstateId")).isEqualTo(first);
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        Map<String, Object> body = with(with(with(Bodies.estate("", "街道"), "households", -5), "builtYear", 2999),
                "address", null);

        Reply reply = api.post(OFFICER, "/api/v1/estates", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "households", "builtYear", "address");
    }

    @Test
    void aWrongTypeOrAnUnknownFieldIsABadRequestNamingTheField() {
        Reply wrongType = api.post(OFFICER, "/api/v1/estates", with(Bodies.estate("某小区", "某街道"), "households", "many"));
        Reply unknown = api.post(OFFICER, "/api/v1/estates", with(Bodies.estate("某小区", "某街道"), "househods", 12));
        Reply malformed = api.post(OFFICER, "/api/v1/estates", "{\"name\": ");

        assertThat(List.of(wrongType.status(), unknown.status(), malformed.status())).containsOnly(400);
        assertThat(wrongType.string("/errors/0/field")).isEqualTo("households");
        assertThat(unknown.string("/errors/0/field")).isEqualTo("househods");
        assertThat(malformed.isProblem()).isTrue();
    }

    @Test
    void aCorrectedEntryIsPublishedWholeAndAnUnchangedOneNotAtAll() {
        String street = Bodies.unique("朝晖街道");
        Map<String, Object> body = Bodies.estate(Bodies.unique("朝晖五区"), street);
        String id = api.post(OFFICER, "/api/v1/estates", body).string("/id");

        Reply corrected = api.put(OFFICER, "/api/v1/estates/" + id, with(body, "closedManagement", true));
        Reply same = api.put(OFFICER, "/api/v1/estates/" + id, with(body, "closedManagement", true));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body().get("closedManagement").asBoolean()).isTrue();
        assertThat(same.status()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> records = events.await(REGISTER, id, 2);
        assertThat(PublishedEvents.headers(records.get(1))).containsEntry("ce_type",
                "estatewatch.register.estate.updated.v1");
        JsonNode data = json.readTree(records.get(1).value());
        assertThat(data.get("closedManagement").asBoolean()).isTrue();
        assertThat(data.get("street").asString()).isEqualTo(street);
        assertThat(data.get("address").asString()).isEqualTo("文三路 1 号");
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(1)).atMost(java.time.Duration.ofSeconds(3))
                .until(() -> events.now(REGISTER, id).size() == 2);
    }

    @Test
    void aStreetOfficerSeesOnlyItsOwnStreetsEstates() {
        String mine = Bodies.unique("文新街道");
        String theirs = Bodies.unique("古荡街道");
        String own = api.estate(mine);
        String other = api.estate(theirs);
        Caller officer = Caller.streetOfficer("zhou", mine);

        assertThat(api.get(officer, "/api/v1/estates/" + own).status()).isEqualTo(200);
        assertThat(api.get(officer, "/api/v1/estates/" + other).status()).isEqualTo(404);
        Reply all = api.get(officer, "/api/v1/estates?size=200");
        assertThat(all.body().get("content").findValuesAsString("street")).containsOnly(mine);
        Reply asked = api.get(officer, "/api/v1/estates?street=" + theirs);
        assertThat(asked.body().get("content")).isEmpty();
    }

    @Test
    void estatesAreFoundByStreetNameAndWhetherTheyAreManaged() {
        String street = Bodies.unique("西溪街道");
        String name = Bodies.unique("西溪花园");
        String id = api.post(OFFICER, "/api/v1/estates", Bodies.estate(name, street)).string("/id");

        Reply byStreet = api.get(OFFICER, "/api/v1/estates?street=" + street + "&unmanaged=true");
        Reply byAlias = api.get(OFFICER, "/api/v1/estates?name=" + name.substring(3) + "小区");
        Reply managed = api.get(OFFICER, "/api/v1/estates?street=" + street + "&unmanaged=false");

        assertThat(byStreet.body().get("content").findValuesAsString("id")).containsExactly(id);
        assertThat(byAlias.body().get("content").findValuesAsString("id")).containsExactly(id);
        assertThat(managed.body().get("content")).isEmpty();
        assertThat(byStreet.body().at("/page/totalElements").asLong()).isEqualTo(1);
    }
}
