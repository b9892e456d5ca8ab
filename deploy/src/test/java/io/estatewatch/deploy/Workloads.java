package io.estatewatch.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** What a Deployment's pods are given: their environment, ports and selectors, resolved within the rendered set. */
final class Workloads {

    /** The labels of the Spring Boot workloads (the services and the gateway), as opposed to Redis. */
    static final List<String> SPRING_COMPONENTS = List.of("service", "gateway");

    private Workloads() {
    }

    static boolean isSpringService(Deployment deployment) {
        return SPRING_COMPONENTS.contains(podLabels(deployment).get("app.kubernetes.io/component"));
    }

    static String name(Deployment deployment) {
        return deployment.getMetadata().getName();
    }

    static Map<String, String> podLabels(Deployment deployment) {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    /** The container named after its Deployment (the one the services run in). */
    static Container mainContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(c -> c.getName().equals(name(deployment))).findFirst()
                .orElse(containers.get(0));
    }

    /**
     * The environment variables with literal values the container starts with: envFrom ConfigMaps in order, then
     * env (which wins). Variables read from Secrets are present with an empty value.
     */
    static Map<String, String> environment(Manifests manifests, Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            if (source.getConfigMapRef() != null) {
                ConfigMap configMap = manifests.get(ConfigMap.class, source.getConfigMapRef().getName());
                String prefix = Objects.toString(source.getPrefix(), "");
                Optional.ofNullable(configMap.getData()).orElse(Map.of())
                        .forEach((key, value) -> environment.put(prefix + key, value));
            }
        }
        for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            environment.put(variable.getName(), variable.getValue() == null ? "" : variable.getValue());
        }
        return environment;
    }

    /** The container port a probe, a Service or a monitor names, by name or number. */
    static OptionalInt containerPort(Container container, IntOrString port) {
        if (port == null) {
            return OptionalInt.empty();
        }
        if (port.getIntVal() != null) {
            return OptionalInt.of(port.getIntVal());
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .mapToInt(ContainerPort::getContainerPort).findFirst();
    }

    static OptionalInt probePort(Container container, Probe probe) {
        return probe == null || probe.getHttpGet() == null ? OptionalInt.empty()
                : containerPort(container, probe.getHttpGet().getPort());
    }

    /** Whether a selector's matchLabels (the only form used here) select pods with these labels. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("matchExpressions are not used in these manifests; extend Workloads.selects");
        }
        Map<String, String> match = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of());
        return labels.entrySet().containsAll(match.entrySet());
    }

    /** The Services that select the Deployment's pods. */
    static List<Service> services(Manifests manifests, Deployment deployment) {
        Map<String, String> labels = podLabels(deployment);
        return manifests.all(Service.class).stream().filter(s -> s.getSpec().getSelector() != null
                && !s.getSpec().getSelector().isEmpty()
                && labels.entrySet().containsAll(s.getSpec().getSelector().entrySet())).toList();
    }

    /** The container port a Service port sends to. */
    static OptionalInt targetPort(Container container, ServicePort servicePort) {
        IntOrString target = servicePort.getTargetPort() != null ? servicePort.getTargetPort()
                : new IntOrString(servicePort.getPort());
        return containerPort(container, target);
    }

    /** A Spring duration ("20s", "1m", "500ms", or plain milliseconds) in seconds. */
    static double seconds(String duration) {
        String value = duration.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.endsWith("ms")) {
            return Double.parseDouble(value.substring(0, value.length() - 2)) / 1000;
        }
        if (value.endsWith("s")) {
            return Double.parseDouble(value.substring(0, value.length() - 1));
        }
        if (value.endsWith("m")) {
            return Double.parseDouble(value.substring(0, value.length() - 1)) * 60;
        }
        if (value.startsWith("pt")) {
            return java.time.Duration.parse(value.toUpperCase(java.util.Locale.ROOT)).toMillis() / 1000.0;
        }
        return Double.parseDouble(value) / 1000;
    }
}
