package io.estatewatch.testkit;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MongoTest {

	private final TestInfrastructure infra = TestInfrastructure.get();

	@Test
	void uriHasNoDatabase() {
		assertThat(new ConnectionString(this.infra.mongoUri()).getDatabase()).isNull();
	}

	@Test
	void insertedDocumentIsFound() {
		try (MongoClient client = MongoClients.create(this.infra.mongoUri())) {
			MongoCollection<Document> estates = client.getDatabase("testkit").getCollection("estates");
			estates.insertOne(new Document("_id", "estate-1").append("name", "Riverside Gardens"));

			Document found = estates.find(new Document("_id", "estate-1")).first();

			assertThat(found).isNotNull();
			assertThat(found.getString("name")).isEqualTo("Riverside Gardens");
		}
	}

}
