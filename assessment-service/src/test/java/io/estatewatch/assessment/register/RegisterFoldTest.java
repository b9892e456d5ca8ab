package io.estatewatch.assessment.register;

import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateManagementEnded;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.EstateUpdated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The estate directory follows the register's events, each once, whatever the broker redelivers. */
@AssessmentServiceTest
class RegisterFoldTest {

    static final Instant LATER = Instant.parse("2021-09-01T02:00:00Z");

    @Autowired
    Register register;
    @Autowired
    EstateDirectory directory;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anUpdatedEntryMovesTheEstateAndAReplayedOldOneDoesNotMoveItBack() {
        String estate = register.estate("搬迁小区", "新华街道", null);

        register.publish(updated(estate, "城关街道", "搬迁小区"), 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> street(estate).equals(Optional.of("城关街道")));
        register.publish(updated(estate, "新华街道", "重放"), 2);
        // A later event of the same estate, so of the same partition: once it is folded, the replay was read.
        register.publish(new EstateManagementAssigned(Register.DISTRICT, estate, "company-x", "f-1", LATER), 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(estate).map(Estate::companyId)
                .equals(Optional.of("company-x")));

        assertThat(directory.find(estate)).hasValueSatisfying(found -> {
            assertThat(found.street()).isEqualTo("城关街道");
            assertThat(found.name()).isEqualTo("搬迁小区");
        });
    }

    @Test
    void theEndingCompanyLeavesTheEstateButASuccessorStays() {
        String first = register.company("前任物业");
        String second = register.company("继任物业");
        String estate = register.estate("换届小区", "新华街道", first);

        register.publish(new EstateManagementAssigned(Register.DISTRICT, estate, second, "f-2", LATER), 3);
        register.publish(new EstateManagementEnded(Register.DISTRICT, estate, first, "f-3", LATER), 4);
        register.publish(updated(estate, "新华街道", "换届后"), 5);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(estate).map(Estate::name)
                .equals(Optional.of("换届后")));
        assertThat(directory.find(estate).map(Estate::companyId)).contains(second);

        register.publish(new EstateManagementEnded(Register.DISTRICT, estate, second, "f-4", LATER), 6);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(estate).map(Estate::companyId).isEmpty());
        assertThat(directory.companyExists(second)).isTrue();
    }

    @Test
    void estatesOfAnotherDistrictAreNotInThisOne() {
        String ours = register.estate("本区小区", "新华街道", null);
        String theirs = "estate-" + UUID.randomUUID();
        register.publish(new EstateRegistered("district-other", theirs, "外区小区", List.of(), "新华街道", null, null, 1,
                1, 1, null, false, LATER), 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(theirs)),
                "estates"));

        assertThat(directory.find(ours)).isPresent();
        assertThat(directory.find(theirs)).isEmpty();
        assertThat(directory.inStreets(List.of("新华街道"))).extracting(Estate::id).contains(ours).doesNotContain(theirs);
    }

    private Optional<String> street(String estate) {
        return directory.find(estate).map(Estate::street);
    }

    private static EstateUpdated updated(String estate, String street, String name) {
        return new EstateUpdated(Register.DISTRICT, estate, name, List.of(), street, street + "社区", "路 2 号", 12,
                600, 60_000, 1998, false, LATER);
    }
}
