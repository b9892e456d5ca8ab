package io.estatewatch.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConnectionsTest {

    private final Service complaints = new Service("complaint-service", 8081);

    @Test
    void eachServicePointsAtTheBrokerAndItsOwnDatabase() {
        Map<String, String> env = new Connections("localhost:9092", "mongodb://localhost:27017").environmentFor(complaints);

        assertThat(env).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", "localhost:9092")
                .containsEntry("SPRING_MONGODB_URI", "mongodb://localhost:27017/complaint");
    }

    @Test
    void aDatabaseIsAddedOnlyWhereTheUriNamesNone() {
        assertThat(Connections.withDatabase("mongodb://h:1", "filing")).isEqualTo("mongodb://h:1/filing");
        assertThat(Connections.withDatabase("mongodb://h:1/", "filing")).isEqualTo("mongodb://h:1/filing");
        assertThat(Connections.withDatabase("mongodb://h:1/?replicaSet=rs0", "filing"))
                .isEqualTo("mongodb://h:1/filing?replicaSet=rs0");
        assertThat(Connections.withDatabase("mongodb://h:1,h:2?replicaSet=rs0", "filing"))
                .isEqualTo("mongodb://h:1,h:2/filing?replicaSet=rs0");
        assertThat(Connections.withDatabase("mongodb://h:1/prod?replicaSet=rs0", "filing"))
                .isEqualTo("mongodb://h:1/prod?replicaSet=rs0");
        assertThat(Connections.withDatabase("mongodb+srv://u:p@cluster.example.net", "filing"))
                .isEqualTo("mongodb+srv://u:p@cluster.example.net/filing");
    }

    @Test
    void passwordsAreMaskedForTheConsoleAndTheLogs() {
        assertThat(Connections.masked("mongodb://app:s3cret@mongo-0:27017/?replicaSet=rs0"))
                .isEqualTo("mongodb://app:****@mongo-0:27017/?replicaSet=rs0");
        assertThat(Connections.masked("mongodb://localhost:27017")).isEqualTo("mongodb://localhost:27017");
        assertThat(Connections.masked(Map.of("SPRING_MONGODB_URI", "mongodb://a:b@h/x")))
                .containsEntry("SPRING_MONGODB_URI", "mongodb://a:****@h/x");
    }

    @Test
    void everyServiceVerifiesTokensWithTheSecretOfTheDataDirectoryAndNoLogShowsIt() {
        Map<String, String> env = new Connections("localhost:9092", "mongodb://localhost:27017", "s3cret-token-key")
                .environmentFor(complaints);

        assertThat(env).containsEntry("ESTATEWATCH_SECURITY_JWT_SECRET", "s3cret-token-key");
        assertThat(Connections.masked(env)).containsEntry("ESTATEWATCH_SECURITY_JWT_SECRET", "****");
    }
}
