package io.estatewatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerAndStoreRestartTest {

    private static final String TOPIC = "estatewatch.local-test.events";

    @TempDir
    Path workingDirectory;

    @Test
    void aSecondRunFindsTheRecordsAndDocumentsOfTheFirst() throws Exception {
        StateDirectory state = StateDirectory.in(workingDirectory).create();
        int kafkaPort = freePort();
        int controllerPort = freePort();
        int mongoPort = freePort();

        KafkaBroker firstBroker = new KafkaBroker(state.kafka(), kafkaPort, controllerPort);
        MongoStore firstStore = new MongoStore(state.mongoFile(), mongoPort);
        try {
            firstBroker.start();
            firstStore.start();
            assertThat(firstBroker.formattedThisRun()).as("the first run formats the storage").isTrue();
            assertThat(state.inUse()).as("a running broker locks the directory against --reset").isTrue();

            produce(firstBroker.bootstrapServers(), "estate-1", "ComplaintReceived");
            assertThat(readAll(firstBroker.bootstrapServers(), 1)).containsExactly("estate-1=ComplaintReceived");

            try (MongoClient client = MongoClients.create(firstStore.connectionString())) {
                estates(client).insertOne(new Document("_id", "estate-1").append("name", "Sunny Garden"));
            }
        } finally {
            firstBroker.stop();
            firstStore.stop();
        }
        assertThat(firstBroker.running()).isFalse();
        assertThat(firstStore.running()).isFalse();
        assertThat(state.inUse()).isFalse();
        Path metaProperties = firstBroker.dataDirectory().resolve("meta.properties");
        assertThat(metaProperties).exists();
        assertThat(state.mongoFile()).exists();
        String clusterId = clusterId(metaProperties);

        KafkaBroker secondBroker = new KafkaBroker(state.kafka(), kafkaPort, controllerPort);
        MongoStore secondStore = new MongoStore(state.mongoFile(), mongoPort);
        try {
            secondBroker.start();
            secondStore.start();
            assertThat(secondBroker.formattedThisRun()).as("the second run keeps the formatted storage").isFalse();

            assertThat(readAll(secondBroker.bootstrapServers(), 1)).containsExactly("estate-1=ComplaintReceived");
            assertThat(partitions(secondBroker.bootstrapServers())).as("auto-created with num.partitions").isEqualTo(3);

            try (MongoClient client = MongoClients.create(secondStore.connectionString())) {
                Document estate = estates(client).find(new Document("_id", "estate-1")).first();
                assertThat(estate).isNotNull();
                assertThat(estate.getString("name")).isEqualTo("Sunny Garden");
            }
        } finally {
            secondBroker.stop();
            secondStore.stop();
        }
        assertThat(clusterId(metaProperties)).as("the cluster id survives restarts").isEqualTo(clusterId);
    }

    private static MongoCollection<Document> estates(MongoClient client) {
        return client.getDatabase("estatewatch").getCollection("estates");
    }

    private static void produce(String bootstrapServers, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Every record of the topic from offset 0, without a consumer group. */
    private static List<String> readAll(String bootstrapServers, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> records.add(record.key() + "=" + record.value()));
                assertThat(records).hasSizeGreaterThanOrEqualTo(expected);
            });
        }
        return records;
    }

    private static int partitions(String bootstrapServers) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            return admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
        }
    }

    private static String clusterId(Path metaProperties) throws IOException {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(metaProperties)) {
            meta.load(reader);
        }
        return meta.getProperty("cluster.id");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
