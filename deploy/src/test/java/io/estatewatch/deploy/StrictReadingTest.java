package io.estatewatch.deploy;

import io.estatewatch.deploy.Manifests.InvalidManifestException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader the manifests are checked with refuses what the API server would refuse. */
class StrictReadingTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: probe
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: probe
              template:
                metadata:
                  labels:
                    app: probe
                spec:
                  containers:
                    - name: probe
                      image: example/probe:1.0.0
                      ports:
                        - name: http
                          containerPort: 8080
                      livenessProbe:
                        httpGet:
                          path: /actuator/health/liveness
                          port: http
            """;

    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaTopic
            metadata:
              name: estatewatch.test.events
              labels:
                strimzi.io/cluster: estatewatch
            spec:
              partitions: 3
              replicas: 3
              config:
                retention.ms: -1
            """;

    @Test
    void readsAValidDeploymentAndTopicIntoTheirModels() {
        Manifests manifests = Manifests.parse(DEPLOYMENT + "---\n" + TOPIC, "test");
        assertThat(manifests.get(Deployment.class, "probe").getSpec().getReplicas()).isEqualTo(2);
        assertThat(manifests.get(KafkaTopic.class, "estatewatch.test.events").getSpec().getReplicas()).isEqualTo(3);
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                Arguments.of("a misspelt field deep in the pod spec", DEPLOYMENT, "livenessProbe:", "livenesProbe:"),
                Arguments.of("an unknown field in the spec", DEPLOYMENT, "  replicas: 2\n", "  replicas: 2\n  replica: 3\n"),
                Arguments.of("a word where an integer belongs", DEPLOYMENT, "replicas: 2", "replicas: two"),
                Arguments.of("a quoted number where an integer belongs", DEPLOYMENT, "containerPort: 8080",
                        "containerPort: \"8080\""),
                Arguments.of("a list where an object belongs", DEPLOYMENT, "matchLabels:\n      app: probe",
                        "matchLabels: [probe]"),
                Arguments.of("an unknown apiVersion", DEPLOYMENT, "apiVersion: apps/v1", "apiVersion: apps/v1beta9"),
                Arguments.of("an unknown kind", DEPLOYMENT, "kind: Deployment", "kind: Deploymnet"),
                Arguments.of("an unknown field in a topic", TOPIC, "replicas: 3", "replica: 3"),
                Arguments.of("a word where the partition count belongs", TOPIC, "partitions: 3", "partitions: three"),
                Arguments.of("the deprecated v1beta2 API", TOPIC, "kafka.strimzi.io/v1", "kafka.strimzi.io/v1beta2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void refusesADocumentWith(String what, String document, String from, String to) {
        String broken = document.replace(from, to);
        assertThat(broken).as("the test's replacement applies").isNotEqualTo(document);
        assertThatThrownBy(() -> Manifests.parse(broken, "test")).isInstanceOf(InvalidManifestException.class);
    }

    @Test
    void refusesAnUnknownKeyInTheSpecOfAGenericResource() {
        String scaledObject = """
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata:
                  name: reporting-service
                spec:
                  scaleTargetRef:
                    name: reporting-service
                  maxReplicas: 6
                """;
        assertThatThrownBy(() -> Manifests.parse(scaledObject, "test"))
                .isInstanceOf(InvalidManifestException.class).hasMessageContaining("maxReplicas");
    }
}
