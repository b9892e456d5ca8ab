package io.estatewatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local store answers the queries the services send — an {@code _id} together with other conditions, narrowed
 * by the {@code _id} index — exactly as MongoDB does, and opens files the stock backend wrote.
 */
class MongoStoreTest {

    @TempDir
    Path directory;

    private MongoStore store;
    private MongoClient client;

    @BeforeEach
    void start() throws IOException {
        store = new MongoStore(directory.resolve("store.mv"), freePort());
        store.start();
        client = MongoClients.create(store.connectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        store.stop();
    }

    @Test
    void anIdWithOtherConditionsFindsTheDocumentOnlyWhenEveryConditionHolds() {
        MongoCollection<Document> rows = rows();
        rows.insertMany(numbered(200));

        assertThat(ids(rows, Filters.and(Filters.eq("_id", "row-42"), Filters.eq("parity", "even"))))
            .containsExactly("row-42");
        assertThat(ids(rows, Filters.and(Filters.eq("_id", "row-42"), Filters.eq("parity", "odd")))).isEmpty();
        assertThat(ids(rows, Filters.and(Filters.eq("_id", "row-999"), Filters.eq("parity", "even")))).isEmpty();
    }

    @Test
    void anIdWithOtherConditionsIsEvaluatedOnThatDocumentAloneNotOnEveryDocument() {
        MongoCollection<Document> rows = rows();
        rows.insertMany(List.of(new Document("_id", "a").append("divisor", 1),
            new Document("_id", "b").append("divisor", 0)));
        // Evaluated on "b" the expression fails (division by zero): a scan of the collection would refuse the query.
        // The expression comes first so that a scan would evaluate it before comparing the _id.
        Bson onlyA = Filters.and(
            Filters.expr(new Document("$eq", List.of(new Document("$divide", List.of(1, "$divisor")), 1))),
            Filters.eq("_id", "a"));

        assertThat(ids(rows, onlyA)).containsExactly("a");
    }

    @Test
    void anIdListWithOtherConditionsFindsTheListedDocumentsThatHoldThem() {
        MongoCollection<Document> rows = rows();
        rows.insertMany(numbered(200));

        Bson evenWithOutbox = Filters.and(Filters.in("_id", "row-2", "row-3", "row-4", "row-5", "row-404"),
            Filters.exists("outbox.0"));

        assertThat(ids(rows, evenWithOutbox)).containsExactlyInAnyOrder("row-2", "row-4");
    }

    @Test
    void anIdListFindsExactlyTheListedDocumentsWhateverElseTheQueryAsks() {
        MongoCollection<Document> rows = rows();
        rows.insertMany(numbered(3_000));
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 3_000; i += 3) {
            listed.add("row-" + i);
        }
        listed.add("row-999999");

        assertThat(ids(rows, Filters.in("_id", listed))).hasSize(1_000).containsAll(listed.subList(0, 1_000));
        assertThat(ids(rows, Filters.and(Filters.in("_id", listed), Filters.eq("parity", "odd"))))
            .hasSize(500).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(4)) % 6).isEqualTo(3));
        assertThat(ids(rows, Filters.and(Filters.eq("parity", "even"), Filters.in("_id", "row-1", "row-2"))))
            .containsExactly("row-2");
        assertThat(ids(rows, Filters.and(Filters.in("_id", listed), Filters.eq("parity", "odd"),
                Filters.lt("number", 30))))
            .containsExactlyInAnyOrder("row-3", "row-9", "row-15", "row-21", "row-27");
    }

    @Test
    void aGuardedIncrementAppliesOnceForEachSequenceAndAnUpsertCreatesAMissingRow() {
        MongoCollection<Document> rows = rows();
        rows.insertMany(numbered(50));

        UpdateResult first = rows.updateOne(guard("row-7", 3), Updates.combine(Updates.inc("count", 1),
            Updates.set("_applied.complaint-1", 3)));
        UpdateResult again = rows.updateOne(guard("row-7", 3), Updates.inc("count", 1));
        UpdateResult older = rows.updateOne(guard("row-7", 2), Updates.inc("count", 1));

        assertThat(first.getModifiedCount()).isEqualTo(1);
        assertThat(again.getMatchedCount()).as("the same sequence again").isZero();
        assertThat(older.getMatchedCount()).as("an older sequence").isZero();
        assertThat(rows.find(Filters.eq("_id", "row-7")).first().getInteger("count")).isEqualTo(1);

        rows.updateOne(guard("row-new", 1), Updates.combine(Updates.inc("count", 1),
            Updates.set("_applied.complaint-1", 1)), new UpdateOptions().upsert(true));
        assertThat(rows.find(Filters.eq("_id", "row-new")).first().getInteger("count")).isEqualTo(1);
    }

    @Test
    void aFileWrittenByTheStockBackendOpensWithItsDocumentsAndUniqueIndexes() throws IOException {
        stop();
        Path file = directory.resolve("stock.mv");
        int port = freePort();
        MongoServer stock = new MongoServer(new H2Backend(file.toString()));
        stock.bind("localhost", port);
        try (MongoClient stockClient = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> rows = stockClient.getDatabase("local-test").getCollection("rows");
            rows.insertMany(numbered(20));
            rows.createIndex(Indexes.ascending("number"), new IndexOptions().unique(true));
        }
        finally {
            stock.shutdown();
        }

        store = new MongoStore(file, freePort());
        store.start();
        client = MongoClients.create(store.connectionString());
        MongoCollection<Document> rows = rows();

        assertThat(rows.countDocuments()).isEqualTo(20);
        assertThat(ids(rows, Filters.and(Filters.eq("_id", "row-8"), Filters.eq("parity", "even"))))
            .containsExactly("row-8");
        assertThat(rows.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
            .contains("number_1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows.insertOne(new Document("_id", "x")
                .append("number", 8)))
            .as("the unique index still holds")
            .hasMessageContaining("duplicate key");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows.insertOne(new Document("_id", "row-3")))
            .as("so does the _id index")
            .hasMessageContaining("duplicate key");
        assertThat(ids(rows, Filters.eq("_id", "row-13"))).containsExactly("row-13");
        assertThat(ids(rows, Filters.eq("number", 13))).containsExactly("row-13");

        stop();
        MVStore written = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            assertThat(written.getMapNames()).as("the indexes, built again once in value order")
                .contains("local-test.rows._ordered_index__id_", "local-test.rows._ordered_index_number_1")
                .doesNotContain("local-test.rows._index__id_", "local-test.rows._index_number_1");
        } finally {
            written.close();
        }
        start();
    }

    @Test
    void uniqueIndexesFindAndRefuseByValueAcrossARestart() throws IOException {
        MongoCollection<Document> rows = rows();
        rows.createIndex(Indexes.ascending("district", "number"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Keys of several types, as the services' ids and natural keys are.
            Object id = i % 3 == 0 ? (Object) ("row-" + i) : i % 3 == 1 ? (Object) (long) i : new Document("n", i);
            documents.add(new Document("_id", id).append("district", "d-" + (i % 7)).append("number", i));
        }
        rows.insertMany(documents);

        stop();
        start();
        MongoCollection<Document> reopened = rows();

        assertThat(reopened.find(Filters.eq("_id", "row-42")).first()).isNotNull();
        assertThat(reopened.find(Filters.eq("_id", 43L)).first().getInteger("number")).isEqualTo(43);
        assertThat(reopened.find(Filters.eq("_id", new Document("n", 44))).first().getInteger("number")).isEqualTo(44);
        assertThat(reopened.find(Filters.eq("_id", "row-43")).first()).isNull();
        assertThat(ids(reopened, Filters.and(Filters.eq("district", "d-" + (45 % 7)), Filters.eq("number", 45))))
            .containsExactly("row-45");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reopened.insertOne(new Document("_id", 46L)))
            .hasMessageContaining("duplicate key");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reopened.insertOne(new Document("_id", "new")
                .append("district", "d-" + (47 % 7)).append("number", 47)))
            .hasMessageContaining("duplicate key");

        reopened.dropIndex("district_1_number_1");
        reopened.insertOne(new Document("_id", "again").append("district", "d-" + (47 % 7)).append("number", 47));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reopened.createIndex(Indexes.ascending("district",
                "number"), new IndexOptions().unique(true)))
            .as("a unique index built again over a duplicate")
            .hasMessageContaining("duplicate key");
        reopened.deleteOne(Filters.eq("_id", "again"));
        reopened.createIndex(Indexes.ascending("district", "number"), new IndexOptions().unique(true));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reopened.insertOne(new Document("_id", "new")
                .append("district", "d-" + (47 % 7)).append("number", 47)))
            .hasMessageContaining("duplicate key");
    }

    private MongoCollection<Document> rows() {
        return client.getDatabase("local-test").getCollection("rows");
    }

    private static Bson guard(String id, int sequence) {
        return Filters.and(Filters.eq("_id", id), Filters.not(Filters.gte("_applied.complaint-1", sequence)));
    }

    private static List<Document> numbered(int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Document document = new Document("_id", "row-" + i).append("number", i)
                .append("parity", i % 2 == 0 ? "even" : "odd");
            document.append("outbox", i % 2 == 0 ? List.of(new Document("type", "RowChanged")) : List.of());
            documents.add(document);
        }
        return documents;
    }

    private static List<String> ids(MongoCollection<Document> rows, Bson filter) {
        return rows.find(filter).map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
