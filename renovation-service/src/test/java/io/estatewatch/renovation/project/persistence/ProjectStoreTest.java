package io.estatewatch.renovation.project.persistence;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.renovation.project.domain.ProjectFacts;
import io.estatewatch.renovation.project.domain.RenovationProject;
import io.estatewatch.renovation.support.PublishedEvents;
import io.estatewatch.renovation.support.RenovationServiceTest;
import io.estatewatch.servicekit.outbox.EventOutbox;
import io.estatewatch.servicekit.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RenovationServiceTest
class ProjectStoreTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2020-07-01T00:00:00Z");

    @Autowired
    ProjectStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventOutbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    PublishedEvents events;

    private static RenovationProject planned(String id) {
        return RenovationProject.plan(new ProjectFacts(id, "district-test", "2020", "《市区2020年老旧小区改造实施方案》",
                List.of("estate-" + id), RenovationType.BASIC, 10_000, 100, 2, new BigDecimal("1000000"), false,
                Instant.parse("2020-03-02T01:00:00Z")), Map.of(), ZONE, NOW);
    }

    @Test
    void aChangeToAProjectReadBeforeItsEventsWereMarkedSentPublishesNothingTwice() {
        String id = UUID.randomUUID().toString();
        RenovationProject project = planned(id);
        ProjectDocument written = ProjectDocument.of(project);
        outbox.stage(written, project.takeEvents());
        written.setVersion(0L);
        // Written around Spring Data so that only the relay's own run publishes it.
        Document raw = new Document();
        mongo.getConverter().write(written, raw);
        mongo.getCollection("projects").insertOne(raw);
        ProjectDocument readBeforeTheMark = store.find(id).orElseThrow();
        assertThat(readBeforeTheMark.getOutbox()).hasSize(1);

        relay.relayAll();
        RenovationProject changed = readBeforeTheMark.toDomain(ZONE);
        changed.allocate(FundingSource.DISTRICT, new BigDecimal("500000"), NOW, NOW);
        readBeforeTheMark.update(changed);
        store.update(readBeforeTheMark, changed.takeEvents());
        relay.relayAll();

        List<ConsumerRecord<String, byte[]>> records = events.await(id, 2);
        assertThat(events.now(id)).hasSize(2);
        assertThat(records).extracting(r -> PublishedEvents.headers(r).get("ce_sequence")).containsExactly("1", "2");
        assertThat(mongo.findById(id, Document.class, "projects").getList("outbox", Object.class)).isEmpty();
    }

    @Test
    void aChangeToAProjectThatSomeoneElseChangedFirstIsRefused() {
        String id = UUID.randomUUID().toString();
        RenovationProject project = planned(id);
        store.insert(ProjectDocument.of(project), project.takeEvents());
        ProjectDocument first = store.find(id).orElseThrow();
        ProjectDocument second = store.find(id).orElseThrow();

        RenovationProject firstChange = first.toDomain(ZONE);
        firstChange.allocate(FundingSource.DISTRICT, new BigDecimal("100"), NOW, NOW);
        first.update(firstChange);
        store.update(first, firstChange.takeEvents());
        RenovationProject secondChange = second.toDomain(ZONE);
        secondChange.allocate(FundingSource.RESIDENTS, new BigDecimal("200"), NOW, NOW);
        second.update(secondChange);

        assertThatThrownBy(() -> store.update(second, secondChange.takeEvents()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(store.find(id).orElseThrow().getFunding()).singleElement()
                .extracting(ProjectDocument.AllocationEntry::source).isEqualTo(FundingSource.DISTRICT);
    }
}
