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

import java.util.List;
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
}
