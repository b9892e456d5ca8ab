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

import static io.estatewatch.filing.support.Api.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

@FilingServiceTest
class RegisteringCompaniesTest {

    private static final String REGISTER = "estatewatch.register.events";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    JsonMapper json;

    @Test
    void aRegisteredCompanyIsPublishedWithItsNameAndCreditCodeButNotItsContact() {
        String code = Bodies.creditCode();

        Reply reply = api.post(OFFICER, "/api/v1/companies", Bodies.company("杭州绿城物业服务有限公司", code));

        assertThat(reply.status()).isEqualTo(201);
        String id = reply.string("/id");
        assertThat(reply.location()).isEqualTo("/api/v1/companies/" + id);
        assertThat(reply.string("/creditCode")).isEqualTo(code);
        assertThat(reply.string("/contact/phone")).isEqualTo("0571-87654321");
        ConsumerRecord<String, byte[]> record = events.await(REGISTER, id, 1).get(0);
        assertThat(PublishedEvents.headers(record))
                .containsEntry("ce_type", "estatewatch.register.company.registered.v1")
                .containsEntry("ce_source", "filing-service")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("content-type", "application/json")
                .containsKeys("ce_id", "ce_time");
        JsonNode data = json.readTree(record.value());
        assertThat(data.get("districtId").asString()).isEqualTo("district-test");
        assertThat(data.get("name").asString()).isEqualTo("杭州绿城物业服务有限公司");
        assertThat(data.get("creditCode").asString()).isEqualTo(code);
        assertThat(new String(record.value())).doesNotContain("王经理").doesNotContain("87654321");
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsABadRequestThatSaysSo() {
        String valid = Bodies.creditCode();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        Reply reply = api.post(OFFICER, "/api/v1/companies", Bodies.company("某物业", wrong));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.string("/errors/0/field")).isEqualTo("creditCode");
        assertThat(reply.string("/errors/0/message")).contains("check character").contains("'" + valid.charAt(17) + "'");
    }

    @Test
    void aCreditCodeIsRegisteredOnce() {
        String code = Bodies.creditCode();
        String first = api.post(OFFICER, "/api/v1/companies", Bodies.company("甲物业", code)).string("/id");

        Reply again = api.post(OFFICER, "/api/v1/companies", Bodies.company("乙物业", code));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.string("/existingCompanyId")).isEqualTo(first);
    }

    @Test
    void aCompanyUserReadsItsOwnCompanyOnly() {
        String own = api.company("自家物业");
        String other = api.company("别家物业");
        Caller user = Caller.companyUser("li.na", own);

        assertThat(api.get(user, "/api/v1/companies/" + own).status()).isEqualTo(200);
        assertThat(api.get(user, "/api/v1/companies/" + other).status()).isEqualTo(404);
        Reply list = api.get(user, "/api/v1/companies?size=200");
        assertThat(list.body().get("content").findValuesAsString("id")).containsExactly(own);
    }

    @Test
    void onlyDistrictStaffRegisterCompanies() {
        Reply street = api.post(Caller.streetOfficer("zhao", "翠苑街道"), "/api/v1/companies",
                Bodies.company("某物业", Bodies.creditCode()));
        Reply anonymous = api.post(null, "/api/v1/companies", Bodies.company("某物业", Bodies.creditCode()));
        Reply hotline = api.get(Caller.hotlineClient("12345", "*"), "/api/v1/companies");

        assertThat(street.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(hotline.status()).isEqualTo(403);
    }
}
