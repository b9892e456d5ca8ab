package io.estatewatch.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

import java.math.BigDecimal;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rendered set of Kubernetes documents, each read into its typed model: fabric8's for Kubernetes' own kinds,
 * Strimzi's api model for Kafka, KafkaNodePool and KafkaTopic. Reading is strict, as the API server would be: a
 * field the model does not know (fabric8 keeps such fields aside in {@code additionalProperties}), a kind or version
 * the models do not know, or a value of the wrong type (a quoted number where an integer belongs) fails.
 *
 * <p>Kinds without a Java model here (KEDA's ScaledObject, the Prometheus operator's ServiceMonitor and PodMonitor,
 * MongoDBCommunity) are read as generic resources, with their fixed API version and the keys of their spec checked.
 */
final class Manifests {

    /** Thrown when a document is not what the API server would accept. */
    static final class InvalidManifestException extends RuntimeException {
        InvalidManifestException(String message) {
            super(message);
        }

        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** fabric8's own reader; only its public API is used, so that the checks read the same under fabric8 7 and 8. */
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private static final Map<String, Class<? extends HasMetadata>> STRIMZI = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class);
    static final String STRIMZI_API_VERSION = "kafka.strimzi.io/v1";

    /** apiVersion/kind of the kinds read generically, with the keys their spec may have. */
    private static final Map<String, Set<String>> GENERIC_SPEC_KEYS = Map.of(
            "keda.sh/v1alpha1/ScaledObject", Set.of("scaleTargetRef", "pollingInterval", "cooldownPeriod",
                    "initialCooldownPeriod", "idleReplicaCount", "minReplicaCount", "maxReplicaCount", "fallback",
                    "advanced", "triggers"),
            "monitoring.coreos.com/v1/ServiceMonitor", Set.of("selector", "endpoints", "namespaceSelector", "jobLabel",
                    "targetLabels", "podTargetLabels", "sampleLimit", "attachMetadata"),
            "monitoring.coreos.com/v1/PodMonitor", Set.of("selector", "podMetricsEndpoints", "namespaceSelector",
                    "jobLabel", "podTargetLabels", "sampleLimit", "attachMetadata"),
            "mongodbcommunity.mongodb.com/v1/MongoDBCommunity", Set.of("members", "type", "version", "arbiters",
                    "featureCompatibilityVersion", "replicaSetHorizons", "security", "users", "statefulSet",
                    "additionalMongodConfig", "additionalConnectionStringConfig", "agent", "automationConfig",
                    "prometheus", "memberConfig"));
    private static final Map<String, Set<String>> GENERIC_LIST_KEYS = Map.of(
            "triggers", Set.of("type", "name", "metadata", "metricType", "useCachedMetrics", "authenticationRef"),
            "endpoints", Set.of("port", "targetPort", "path", "scheme", "interval", "scrapeTimeout", "honorLabels",
                    "honorTimestamps", "relabelings", "metricRelabelings", "tlsConfig", "authorization", "params"),
            "podMetricsEndpoints", Set.of("port", "portNumber", "path", "scheme", "interval", "scrapeTimeout",
                    "honorLabels", "honorTimestamps", "relabelings", "metricRelabelings", "params"),
            "users", Set.of("name", "db", "passwordSecretRef", "roles", "scramCredentialsSecretName",
                    "connectionStringSecretName", "connectionStringSecretNamespace",
                    "connectionStringSecretAnnotations", "additionalConnectionStringConfig"));

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private final String origin;
    private final List<HasMetadata> resources;

    private Manifests(String origin, List<HasMetadata> resources) {
        this.origin = origin;
        this.resources = List.copyOf(resources);
    }

    /** The overlay rendered by kubectl kustomize and read strictly. */
    static Manifests overlay(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> parse(Kustomize.render(name), "overlay " + name));
    }

    /** Reads a multi-document YAML stream strictly. */
    static Manifests parse(String yaml, String origin) {
        List<HasMetadata> resources = new ArrayList<>();
        int index = 0;
        for (String text : yaml.split("(?m)^---[ \\t]*$")) {
            index++;
            Object document;
            try {
                document = yaml().load(text);
            } catch (RuntimeException e) {
                throw new InvalidManifestException(origin + ", document " + index + " is not YAML: " + e.getMessage(), e);
            }
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map<?, ?> map)) {
                throw new InvalidManifestException(origin + ", document " + index + " is not an object");
            }
            resources.add(read(text, map, origin + ", document " + index));
        }
        return new Manifests(origin, resources);
    }

    private static HasMetadata read(String text, Map<?, ?> document, String where) {
        String apiVersion = String.valueOf(Optional.ofNullable(document.get("apiVersion")).orElse(""));
        String kind = String.valueOf(Optional.ofNullable(document.get("kind")).orElse(""));
        Object metadata = document.get("metadata");
        String name = metadata instanceof Map<?, ?> m && m.get("name") != null ? String.valueOf(m.get("name")) : "";
        String what = where + " (" + apiVersion + " " + kind + " " + name + ")";
        if (apiVersion.isEmpty() || kind.isEmpty() || name.isEmpty()) {
            throw new InvalidManifestException(what + ": apiVersion, kind and metadata.name are required");
        }
        String genericKey = apiVersion + "/" + kind;
        if (GENERIC_SPEC_KEYS.containsKey(genericKey)) {
            GenericKubernetesResource generic = convert(text, GenericKubernetesResource.class, what);
            checkGeneric(generic, genericKey, what);
            return generic;
        }
        Class<? extends HasMetadata> type;
        if (apiVersion.startsWith("kafka.strimzi.io/")) {
            type = STRIMZI.get(kind);
            if (type == null || !apiVersion.equals(STRIMZI_API_VERSION)) {
                throw new InvalidManifestException(what + ": only " + STRIMZI.keySet() + " in " + STRIMZI_API_VERSION
                        + " are known");
            }
        } else {
            Class<? extends KubernetesResource> registered = SERIALIZATION.getRegisteredKubernetesResource(apiVersion, kind);
            if (registered == null || !HasMetadata.class.isAssignableFrom(registered)
                    || GenericKubernetesResource.class.equals(registered)) {
                throw new InvalidManifestException(what + ": no model knows this apiVersion and kind");
            }
            type = registered.asSubclass(HasMetadata.class);
        }
        HasMetadata typed = strict(text, document, type, what);
        return typed;
    }

    /** Reads a document into its model and refuses unknown fields and values the model had to convert. */
    private static <T> T strict(String text, Object document, Class<T> type, String what) {
        T typed = convert(text, type, what);
        List<String> unknown = unknownFields(typed);
        if (!unknown.isEmpty()) {
            throw new InvalidManifestException(what + ": fields the " + type.getSimpleName() + " model does not know: "
                    + String.join(", ", unknown));
        }
        List<String> changed = new ArrayList<>();
        compareLeaves(document, yaml().load(SERIALIZATION.asJson(typed)), "", changed);
        if (!changed.isEmpty()) {
            throw new InvalidManifestException(what + ": values of the wrong type (the model had to convert them): "
                    + String.join(", ", changed));
        }
        return typed;
    }

    /**
     * Every scalar of the document must come back from the typed model as it went in. fabric8 reads a quoted number
     * into an integer field without complaint (its Go compatibility), where the API server refuses it; this catches
     * it. A value missing on the way back was kept but not written (a model that omits defaults; unknown fields are
     * caught by unknownFields); the apiVersion is checked before the model is chosen. A number given for a string
     * field that reads it back as the same text (a Quantity such as {@code cpu: 1}) is what Kubernetes accepts too.
     */
    private static void compareLeaves(Object original, Object back, String path, List<String> changed) {
        if (original instanceof Map<?, ?> map) {
            map.forEach((key, value) -> compareLeaves(value, back instanceof Map<?, ?> backMap ? backMap.get(key) : null,
                    path + "." + key, changed));
        } else if (original instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object backItem = back instanceof List<?> backList && i < backList.size() ? backList.get(i) : null;
                compareLeaves(list.get(i), backItem, path + "[" + i + "]", changed);
            }
        } else if (original != null && back != null && !path.equals(".apiVersion")) {
            boolean same = original.equals(back)
                    || (original instanceof Number && back instanceof String && String.valueOf(original).equals(back))
                    || (original instanceof Number n && back instanceof Number b
                    && new BigDecimal(n.toString()).compareTo(new BigDecimal(b.toString())) == 0);
            if (!same) {
                changed.add(path.substring(1) + " (" + original.getClass().getSimpleName() + " " + original
                        + ", read as " + back.getClass().getSimpleName() + " " + back + ")");
            }
        }
    }

    private static <T> T convert(String text, Class<T> type, String what) {
        try {
            return SERIALIZATION.unmarshal(text, type);
        } catch (RuntimeException e) {
            throw new InvalidManifestException(what + ": " + e.getMessage(), e);
        }
    }

    /** YAML 1.1 as SnakeYAML reads it; kubectl quotes what would be ambiguous (yes, on, 0755). */
    private static Yaml yaml() {
        DumperOptions dumper = new DumperOptions();
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(dumper), dumper);
    }

    @SuppressWarnings("unchecked")
    private static void checkGeneric(GenericKubernetesResource resource, String key, String what) {
        Object spec = resource.getAdditionalProperties().get("spec");
        if (!(spec instanceof Map<?, ?> specMap)) {
            throw new InvalidManifestException(what + ": a spec is required");
        }
        Set<String> unknownTopLevel = new java.util.TreeSet<>(resource.getAdditionalProperties().keySet());
        unknownTopLevel.removeAll(Set.of("spec", "status"));
        if (!unknownTopLevel.isEmpty()) {
            throw new InvalidManifestException(what + ": unknown top-level fields " + unknownTopLevel);
        }
        checkKeys((Map<String, Object>) specMap, GENERIC_SPEC_KEYS.get(key), what + " spec");
        GENERIC_LIST_KEYS.forEach((field, allowed) -> {
            if (specMap.get(field) instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof Map<?, ?> item)) {
                        throw new InvalidManifestException(what + ": spec." + field + "[" + i + "] is not an object");
                    }
                    checkKeys((Map<String, Object>) item, allowed, what + " spec." + field + "[" + i + "]");
                }
            }
        });
        // The operator's StatefulSet override is a StatefulSetSpec: read it with the typed model too.
        if (specMap.get("statefulSet") instanceof Map<?, ?> statefulSet && statefulSet.get("spec") != null) {
            strict(yaml().dump(statefulSet.get("spec")), statefulSet.get("spec"), StatefulSetSpec.class,
                    what + " spec.statefulSet.spec");
        }
    }

    private static void checkKeys(Map<String, Object> object, Set<String> allowed, String what) {
        Set<String> unknown = new java.util.TreeSet<>(object.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new InvalidManifestException(what + ": unknown fields " + unknown);
        }
    }

    /** The paths of every value the model kept aside because it has no field for it. */
    static List<String> unknownFields(Object root) {
        List<String> unknown = new ArrayList<>();
        walk(root, "", unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, Set<Object> seen) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value.getClass().isPrimitive()) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, unknown, seen));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Iterator<?> it = items.iterator(); it.hasNext(); i++) {
                walk(it.next(), path + "[" + i + "]", unknown, seen);
            }
            return;
        }
        String type = value.getClass().getName();
        if (!(type.startsWith("io.fabric8.") || type.startsWith("io.strimzi.")) || !seen.add(value)) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                Object fieldValue;
                try {
                    field.setAccessible(true);
                    fieldValue = field.get(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                if (field.getName().equals("additionalProperties")) {
                    if (fieldValue instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(key -> unknown.add((path.isEmpty() ? "" : path.substring(1) + ".") + key));
                    }
                } else {
                    walk(fieldValue, path + "." + field.getName(), unknown, seen);
                }
            }
        }
    }

    String origin() {
        return origin;
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError(origin + " has no " + type.getSimpleName() + " " + name));
    }

    /** The generic resources of a kind (ScaledObject, ServiceMonitor, PodMonitor, MongoDBCommunity). */
    List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    /** The namespace the overlay creates and puts everything in. */
    String namespace() {
        List<Namespace> namespaces = all(Namespace.class);
        if (namespaces.size() != 1) {
            throw new AssertionError(origin + " should create exactly one Namespace, has " + namespaces.size());
        }
        return namespaces.get(0).getMetadata().getName();
    }

    /** A generic resource's spec as a map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().getOrDefault("spec", new LinkedHashMap<>());
    }
}
