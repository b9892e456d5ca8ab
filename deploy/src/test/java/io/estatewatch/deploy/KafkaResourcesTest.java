package io.estatewatch.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka as the design card has it: KRaft nodes, every topic replicated three times with two in sync and kept
 * forever, the topics the services read and the dead-letter topics they write declared, and KEDA scaling the
 * reporting service no further than a topic has partitions.
 */
class KafkaResourcesTest {

    private static final Set<String> CONTEXTS = Set.of("register", "complaint", "filing", "assessment", "renovation");

    /**
     * Modules that never run against the cluster's Kafka: the benchmarks' fold consumer writes its dead letters on
     * the machine it measures, the local platform and the test kit run their own broker.
     */
    private static final Set<String> NOT_DEPLOYED = Set.of("benchmarks", "platform/local", "platform/testkit");

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicIsReplicatedThreeTimesWithTwoInSyncAndKeptForever(String overlay) {
        List<KafkaTopic> topics = Manifests.overlay(overlay).all(KafkaTopic.class);
        assertThat(topics).isNotEmpty().allSatisfy(topic -> {
            String name = topic.getMetadata().getName();
            assertThat(topic.getSpec().getReplicas()).as(name + " replicas").isEqualTo(3);
            Map<String, Object> config = topic.getSpec().getConfig();
            assertThat(config).as(name + " config").isNotNull();
            assertThat(String.valueOf(config.get("min.insync.replicas"))).as(name + " min.insync.replicas").isEqualTo("2");
            assertThat(String.valueOf(config.get("retention.ms"))).as(name + " retention.ms").isEqualTo("-1");
            assertThat(topic.getSpec().getPartitions()).as(name + " partitions").isPositive();
            assertThat(topic.getMetadata().getLabels()).as(name + " labels").containsEntry("strimzi.io/cluster",
                    Manifests.overlay(overlay).all(Kafka.class).get(0).getMetadata().getName());
        });
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyBoundedContextHasItsTopic(String overlay) {
        Set<String> topics = topicNames(Manifests.overlay(overlay));
        CONTEXTS.forEach(context -> assertThat(topics).contains("estatewatch." + context + ".events"));
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyDeadLetterTopicAndDestinationInTheModulesHasATopic(String overlay) {
        Set<String> topics = topicNames(Manifests.overlay(overlay));
        Map<String, String> named = new LinkedHashMap<>();
        for (Path file : SpringConfiguration.allApplicationFiles()) {
            String module = Repository.root().relativize(file).toString().replace('\\', '/').split("/src/main/")[0];
            if (NOT_DEPLOYED.contains(module)) {
                continue;
            }
            Map<String, Object> properties = SpringConfiguration.readAllDocuments(file);
            properties.forEach((property, value) -> {
                String where = Repository.root().relativize(file) + " " + property;
                if (property.endsWith(".dlq-name")) {
                    named.put(where, String.valueOf(value));
                } else if (property.matches("spring\\.cloud\\.stream\\.bindings\\.[^.]+\\.destination")) {
                    for (String destination : String.valueOf(value).split(",")) {
                        named.put(where + " (" + destination.trim() + ")", destination.trim());
                    }
                }
            });
        }
        assertThat(named.values()).as("dead-letter topics and destinations in the modules").isNotEmpty();
        named.forEach((where, topic) -> assertThat(topics).as(where + " names a topic").contains(topic));
    }

    /**
     * The binder sends a dead letter to the partition number its record came from unless the binding sets
     * {@code dlq-partitions: 1} (then always partition 0). The dead-letter topics have one partition and their sources
     * several: without it a poison record from any other partition is not dead-lettered but lost.
     */
    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyBindingWithADeadLetterTopicSendsItsDeadLettersToPartitionZeroOfATopicWithOnePartition(String overlay) {
        Map<String, KafkaTopic> topics = Manifests.overlay(overlay).all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(KafkaResourcesTest::topicName, t -> t));
        List<String> bindings = new java.util.ArrayList<>();
        for (Path file : SpringConfiguration.allApplicationFiles()) {
            String module = Repository.root().relativize(file).toString().replace('\\', '/').split("/src/main/")[0];
            Map<String, Object> properties = SpringConfiguration.readAllDocuments(file);
            properties.forEach((property, value) -> {
                if (property.endsWith(".consumer.enable-dlq") && Boolean.parseBoolean(String.valueOf(value))) {
                    String binding = property.substring(0, property.length() - ".enable-dlq".length());
                    String where = Repository.root().relativize(file) + " " + binding;
                    bindings.add(where);
                    assertThat(String.valueOf(properties.get(binding + ".dlq-partitions")))
                            .as(where + ".dlq-partitions").isEqualTo("1");
                    String dlq = String.valueOf(properties.get(binding + ".dlq-name"));
                    if (!NOT_DEPLOYED.contains(module)) {
                        assertThat(topics).as(where + " dead-letter topic").containsKey(dlq);
                        assertThat(topics.get(dlq).getSpec().getPartitions()).as(dlq + " partitions").isEqualTo(1);
                    }
                }
            });
        }
        assertThat(bindings).as("bindings with a dead-letter topic").hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void kafkaRunsOnKraftNodesThatAcknowledgeOnTwoReplicas(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Kafka kafka = manifests.all(Kafka.class).get(0);
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertThat(String.valueOf(config.get("min.insync.replicas"))).isEqualTo("2");
        assertThat(String.valueOf(config.get("default.replication.factor"))).isEqualTo("3");
        assertThat(String.valueOf(config.get("auto.create.topics.enable"))).isEqualTo("false");
        assertThat(String.valueOf(config.get("delete.topic.enable"))).as("topics are kept forever").isEqualTo("false");

        List<KafkaNodePool> pools = manifests.all(KafkaNodePool.class).stream()
                .filter(pool -> kafka.getMetadata().getName().equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .toList();
        int brokers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        int controllers = pools.stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
        assertThat(brokers).as("brokers (three replicas per topic)").isGreaterThanOrEqualTo(3);
        assertThat(controllers).as("KRaft controllers (an odd quorum)").isGreaterThanOrEqualTo(3).matches(n -> n % 2 == 1);
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void kedaScalesTheReportingServiceOnLagNoFurtherThanPartitions(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        List<GenericKubernetesResource> scaledObjects = manifests.generic("ScaledObject");
        assertThat(scaledObjects).extracting(WorkloadPolicyTest::scaleTarget).containsExactly("reporting-service");
        Map<String, KafkaTopic> topics = manifests.all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(KafkaResourcesTest::topicName, t -> t));
        String bootstrap = "estatewatch-kafka-bootstrap." + manifests.namespace() + ".svc:9092";
        for (GenericKubernetesResource scaledObject : scaledObjects) {
            Map<String, Object> spec = Manifests.spec(scaledObject);
            assertThat(manifests.find(Deployment.class, WorkloadPolicyTest.scaleTarget(scaledObject))).isPresent();
            int max = ((Number) spec.get("maxReplicaCount")).intValue();
            int min = ((Number) spec.get("minReplicaCount")).intValue();
            assertThat(min).isBetween(1, max);
            List<Map<String, Object>> kafkaTriggers = ((List<Map<String, Object>>) spec.get("triggers")).stream()
                    .filter(trigger -> "kafka".equals(trigger.get("type"))).toList();
            assertThat(kafkaTriggers).as("Kafka lag triggers").isNotEmpty();
            Set<String> triggered = new TreeSet<>();
            for (Map<String, Object> trigger : kafkaTriggers) {
                Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
                String topic = String.valueOf(metadata.get("topic"));
                triggered.add(topic);
                assertThat(topics).as("trigger topic").containsKey(topic);
                assertThat(max).as("maxReplicaCount <= partitions of " + topic)
                        .isLessThanOrEqualTo(topics.get(topic).getSpec().getPartitions());
                // KEDA's operator runs in another namespace: the address must name this one.
                assertThat(metadata.get("bootstrapServers")).isEqualTo(bootstrap);
                assertThat(metadata.get("consumerGroup")).isNotNull();
                assertThat(metadata.get("lagThreshold")).isInstanceOf(String.class);
            }
            assertThat(triggered).as("the reporting service folds every context's topic")
                    .containsAll(CONTEXTS.stream().map(c -> "estatewatch." + c + ".events").toList());
        }
    }

    static Set<String> topicNames(Manifests manifests) {
        return manifests.all(KafkaTopic.class).stream().map(KafkaResourcesTest::topicName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String topicName(KafkaTopic topic) {
        return Objects.requireNonNullElse(topic.getSpec().getTopicName(), topic.getMetadata().getName());
    }
}
