package io.estatewatch.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Both overlays render, and every document they render reads strictly into its model. */
class RenderedOverlaysTest {

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyDocumentReadsIntoItsModel(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);

        assertThat(manifests.all()).hasSizeGreaterThan(50);
        Set<String> kinds = manifests.all().stream().map(HasMetadata::getKind).collect(Collectors.toSet());
        assertThat(kinds).contains("Namespace", "Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy", "ServiceAccount", "Ingress", "Kafka", "KafkaNodePool",
                "KafkaTopic", "MongoDBCommunity", "ScaledObject", "ServiceMonitor");
        assertThat(manifests.all(Kafka.class)).hasSize(1);
        assertThat(manifests.all(KafkaNodePool.class)).isNotEmpty();
        assertThat(manifests.all(KafkaTopic.class)).isNotEmpty();
        assertThat(manifests.all(Deployment.class)).hasSize(7);
        // Only the kinds without a Java model are generic.
        assertThat(manifests.all(GenericKubernetesResource.class)).extracting(HasMetadata::getKind)
                .allMatch(Set.of("ScaledObject", "ServiceMonitor", "PodMonitor", "MongoDBCommunity")::contains);
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everythingIsInTheOverlaysNamespace(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        String namespace = manifests.namespace();
        List<HasMetadata> outside = manifests.all().stream().filter(r -> !(r instanceof Namespace))
                .filter(r -> !namespace.equals(r.getMetadata().getNamespace())).toList();
        assertThat(outside).as("resources outside namespace " + namespace).isEmpty();
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void noSecretIsCommitted(String overlay) {
        assertThat(Manifests.overlay(overlay).all(Secret.class)).as("Secrets are referenced, never rendered").isEmpty();
    }

    /** Operators need a template of every Secret to create; the MongoDB operator writes the rest itself. */
    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void everyReferencedSecretIsInTheTemplateOrWrittenByTheMongoDbOperator(String overlay) throws IOException {
        Manifests manifests = Manifests.overlay(overlay);
        Set<String> referenced = new TreeSet<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                        .filter(v -> v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
                        .forEach(v -> referenced.add(v.getValueFrom().getSecretKeyRef().getName()));
                Optional.ofNullable(container.getEnvFrom()).orElse(List.of()).stream()
                        .filter(source -> source.getSecretRef() != null)
                        .forEach(source -> referenced.add(source.getSecretRef().getName()));
            }
            Optional.ofNullable(pod.getVolumes()).orElse(List.of()).stream().filter(v -> v.getSecret() != null)
                    .forEach(v -> referenced.add(v.getSecret().getSecretName()));
        }
        manifests.all(Ingress.class).forEach(ingress -> Optional.ofNullable(ingress.getSpec().getTls()).orElse(List.of())
                .forEach(tls -> referenced.add(tls.getSecretName())));
        Set<String> writtenByOperator = new TreeSet<>();
        for (GenericKubernetesResource mongodb : manifests.generic("MongoDBCommunity")) {
            for (Map<String, Object> user : (List<Map<String, Object>>) Manifests.spec(mongodb).get("users")) {
                referenced.add(String.valueOf(((Map<String, Object>) user.get("passwordSecretRef")).get("name")));
                writtenByOperator.add(String.valueOf(user.get("connectionStringSecretName")));
                writtenByOperator.add(String.valueOf(user.get("scramCredentialsSecretName")));
            }
        }
        Set<String> template = Manifests.parse(Files.readString(Repository.deploy().resolve("k8s/secrets.example.yaml")),
                "secrets.example.yaml").all(Secret.class).stream().map(s -> s.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        referenced.removeAll(writtenByOperator);
        assertThat(template).as("deploy/k8s/secrets.example.yaml").containsAll(referenced);
    }
}
