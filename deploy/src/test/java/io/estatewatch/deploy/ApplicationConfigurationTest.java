package io.estatewatch.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests say what the applications say, read from each module's own application.yaml (and the profile
 * files the container activates) rather than typed again here: the port it listens on, where Boot's probe groups
 * and the Prometheus endpoint are, the secrets its placeholders ask for, its MongoDB database, the addresses the
 * gateway calls, and the consumer group KEDA watches.
 *
 * <p>A module that has no application.yaml yet has its checks skipped, with the reason in the report.
 */
class ApplicationConfigurationTest {

    /** One Spring Boot workload as deployed: its container, environment and the configuration it ends up with. */
    record Workload(Manifests manifests, Deployment deployment, Container container, Map<String, String> environment,
                    SpringConfiguration configuration) {

        static Optional<Workload> of(Manifests manifests, Deployment deployment) {
            Container container = Workloads.mainContainer(deployment);
            Map<String, String> environment = Workloads.environment(manifests, container);
            return SpringConfiguration.ofModule(Workloads.name(deployment), SpringConfiguration.activeProfiles(environment))
                    .map(configuration -> new Workload(manifests, deployment, container, environment,
                            configuration.withEnvironment(environment)));
        }

        String name() {
            return Workloads.name(deployment);
        }

        int serverPort() {
            return Integer.parseInt(configuration.get("server.port", "8080"));
        }

        int managementPort() {
            return configuration.get("management.server.port").map(Integer::parseInt).orElse(serverPort());
        }

        /** Boot's actuator base: the management base path on its own port, the context path on the server's. */
        String actuatorBase() {
            String prefix = managementPort() == serverPort()
                    ? configuration.get("server.servlet.context-path", "") + configuration.get("spring.webflux.base-path", "")
                    : configuration.get("management.server.base-path", "");
            return (prefix + configuration.get("management.endpoints.web.base-path", "/actuator")).replace("//", "/");
        }
    }

    @TestFactory
    Stream<DynamicNode> theManifestsMatchEachApplicationsConfiguration() {
        return Kustomize.OVERLAYS.stream().map(overlay -> {
            Manifests manifests = Manifests.overlay(overlay);
            return DynamicContainer.dynamicContainer("overlay " + overlay, manifests.all(Deployment.class).stream()
                    .filter(Workloads::isSpringService)
                    .map(deployment -> DynamicContainer.dynamicContainer(Workloads.name(deployment),
                            checks(manifests, deployment))));
        });
    }

    private static Stream<DynamicTest> checks(Manifests manifests, Deployment deployment) {
        Optional<Workload> workload = Workload.of(manifests, deployment);
        List<DynamicTest> checks = new ArrayList<>(List.of(
                check("listens on the module's server.port", workload, ApplicationConfigurationTest::port),
                check("probes the module's liveness and readiness groups", workload, ApplicationConfigurationTest::probes),
                check("is scraped at the module's Prometheus endpoint", workload, ApplicationConfigurationTest::scraped),
                check("is given every secret its placeholders ask for", workload, ApplicationConfigurationTest::secrets),
                check("reads its own MongoDB database", workload, ApplicationConfigurationTest::mongodb)));
        if ("service".equals(Workloads.podLabels(deployment).get("app.kubernetes.io/component"))) {
            checks.add(check("is reachable by the gateway at the address the gateway calls", workload,
                    ApplicationConfigurationTest::calledByTheGateway));
        } else {
            checks.add(check("is reached by the Ingress on its server.port", workload,
                    ApplicationConfigurationTest::ingress));
        }
        if (manifests.generic("ScaledObject").stream().anyMatch(so -> Workloads.name(deployment)
                .equals(WorkloadPolicyTest.scaleTarget(so)))) {
            checks.add(check("is scaled on the lag of its own consumer group and topics", workload,
                    ApplicationConfigurationTest::consumerLag));
        }
        return checks.stream();
    }

    interface Check {
        void run(Workload workload) throws Throwable;
    }

    private static DynamicTest check(String name, Optional<Workload> workload, Check check) {
        Executable executable = () -> {
            Assumptions.assumeTrue(workload.isPresent(), "the module has no src/main/resources/application.yaml yet");
            check.run(workload.get());
        };
        return DynamicTest.dynamicTest(name, executable);
    }

    private static void port(Workload workload) {
        assertThat(workload.configuration().setByEnvironment("server.port"))
                .as("the manifest leaves server.port to the module (no SERVER_PORT)").isFalse();
        assertThat(Workloads.containerPort(workload.container(), new IntOrString("http")))
                .as("container port http of " + workload.name()).hasValue(workload.serverPort());
    }

    private static void probes(Workload workload) {
        assertThat(workload.configuration().get("management.endpoint.health.probes.enabled", "true"))
                .as("Boot's probe groups are on").isEqualTo("true");
        String liveness = workload.actuatorBase() + "/health/liveness";
        String readiness = workload.actuatorBase() + "/health/readiness";
        Container container = workload.container();
        probe(container, container.getStartupProbe(), "startupProbe", liveness, workload.managementPort());
        probe(container, container.getLivenessProbe(), "livenessProbe", liveness, workload.managementPort());
        probe(container, container.getReadinessProbe(), "readinessProbe", readiness, workload.managementPort());
    }

    private static void probe(Container container, Probe probe, String which, String path, int port) {
        assertThat(probe).as(which).isNotNull();
        assertThat(probe.getHttpGet()).as(which + " is an HTTP GET").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(which + " path").isEqualTo(path);
        assertThat(Workloads.probePort(container, probe)).as(which + " port").hasValue(port);
    }

    @SuppressWarnings("unchecked")
    private static void scraped(Workload workload) {
        Set<String> exposed = Arrays.stream(workload.configuration()
                        // service-kit's default exposure when the module sets none
                        .get("management.endpoints.web.exposure.include", "health,info,prometheus,metrics").split(","))
                .map(String::trim).collect(Collectors.toSet());
        assertThat(exposed).as("exposed actuator endpoints").containsAnyOf("prometheus", "*");
        List<Service> services = Workloads.services(workload.manifests(), workload.deployment());
        List<GenericKubernetesResource> monitors = workload.manifests().generic("ServiceMonitor").stream()
                .filter(monitor -> services.stream().anyMatch(service -> Workloads.selects(
                        selector((Map<String, Object>) Manifests.spec(monitor).get("selector")),
                        service.getMetadata().getLabels())))
                .toList();
        assertThat(monitors).as("ServiceMonitors of " + workload.name()).hasSize(1);
        for (Map<String, Object> endpoint : (List<Map<String, Object>>) Manifests.spec(monitors.get(0)).get("endpoints")) {
            assertThat(endpoint.get("path")).as("scrape path").isEqualTo(workload.actuatorBase() + "/prometheus");
            ServicePort servicePort = services.stream().flatMap(s -> s.getSpec().getPorts().stream())
                    .filter(p -> Objects.equals(p.getName(), endpoint.get("port"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no Service port named " + endpoint.get("port")));
            assertThat(Workloads.targetPort(workload.container(), servicePort)).as("scraped port")
                    .hasValue(workload.managementPort());
        }
    }

    private static void secrets(Workload workload) {
        Map<String, EnvVar> variables = Optional.ofNullable(workload.container().getEnv()).orElse(List.of()).stream()
                .collect(Collectors.toMap(EnvVar::getName, v -> v));
        Map<String, String> required = workload.configuration().requiredFromEnvironment();
        required.forEach((property, variable) -> {
            if (!variable.matches(".*(SECRET|KEY|PASSWORD).*")) {
                return; // an optional setting left empty, e.g. a directory
            }
            assertThat(variables).as(property + " reads ${" + variable + "}: the container sets it").containsKey(variable);
            EnvVar env = variables.get(variable);
            assertThat(env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                    .as(variable + " comes from a Secret").isTrue();
        });
    }

    @SuppressWarnings("unchecked")
    private static void mongodb(Workload workload) {
        if (workload.configuration().get("spring.mongodb.uri").isEmpty()) {
            assertThat(workload.environment()).as(workload.name() + " has no store").doesNotContainKey("SPRING_MONGODB_URI");
            return;
        }
        EnvVar uri = workload.container().getEnv().stream().filter(v -> v.getName().equals("SPRING_MONGODB_URI"))
                .findFirst().orElseThrow(() -> new AssertionError("SPRING_MONGODB_URI is not set"));
        assertThat(uri.getValueFrom().getSecretKeyRef()).as("SPRING_MONGODB_URI from a Secret").isNotNull();
        String secret = uri.getValueFrom().getSecretKeyRef().getName();
        String database = workload.configuration().get("spring.mongodb.database", workload.name());
        List<Map<String, Object>> users = workload.manifests().generic("MongoDBCommunity").stream()
                .flatMap(m -> ((List<Map<String, Object>>) Manifests.spec(m).get("users")).stream())
                .filter(user -> secret.equals(user.get("connectionStringSecretName"))).toList();
        assertThat(users).as("the MongoDB user whose connection string is " + secret).hasSize(1);
        assertThat((List<Map<String, Object>>) users.get(0).get("roles")).as("its roles")
                .containsExactly(Map.of("name", "readWrite", "db", database));
    }

    private static void calledByTheGateway(Workload service) {
        Manifests manifests = service.manifests();
        Workload gateway = Workload.of(manifests, manifests.get(Deployment.class, "gateway")).orElse(null);
        Assumptions.assumeTrue(gateway != null, "the gateway has no application.yaml yet");
        String property = "estatewatch.gateway.services." + service.name() + ".uri";
        URI uri = URI.create(gateway.configuration().get(property)
                .orElseThrow(() -> new AssertionError("the gateway's configuration has no " + property)));
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        Service target = manifests.get(Service.class, uri.getHost());
        assertThat(Workloads.services(manifests, service.deployment())).as(uri.getHost() + " selects " + service.name())
                .contains(target);
        ServicePort servicePort = target.getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst()
                .orElseThrow(() -> new AssertionError("Service " + uri.getHost() + " has no port " + port + " (" + property + ")"));
        assertThat(Workloads.targetPort(service.container(), servicePort)).as(property + " reaches server.port")
                .hasValue(service.serverPort());
        // The network lets the call through: out of the gateway, into the service.
        assertThat(allowedPorts(manifests, gateway, false)).as("gateway egress ports").contains(service.serverPort());
        assertThat(allowedPorts(manifests, service, true)).as(service.name() + " ingress ports from the gateway")
                .contains(service.serverPort());
    }

    /** The ports the workload's own NetworkPolicies allow: in from the gateway, or out to anywhere. */
    private static Set<Integer> allowedPorts(Manifests manifests, Workload workload, boolean ingressFromGateway) {
        Set<Integer> ports = new TreeSet<>();
        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            LabelSelector selector = policy.getSpec().getPodSelector();
            if (selector.getMatchLabels() == null || !Workloads.selects(selector, Workloads.podLabels(workload.deployment()))) {
                continue;
            }
            if (ingressFromGateway) {
                policy.getSpec().getIngress().stream()
                        .filter(rule -> rule.getFrom().stream().anyMatch(peer -> peer.getPodSelector() != null
                                && Map.of("app.kubernetes.io/name", "gateway").equals(peer.getPodSelector().getMatchLabels())))
                        .flatMap(rule -> rule.getPorts().stream())
                        .forEach(port -> resolve(workload.container(), port).ifPresent(ports::add));
            } else {
                policy.getSpec().getEgress().stream().flatMap(rule -> rule.getPorts().stream())
                        .map(NetworkPolicyPort::getPort).filter(p -> p != null && p.getIntVal() != null)
                        .forEach(p -> ports.add(p.getIntVal()));
            }
        }
        return ports;
    }

    private static OptionalInt resolve(Container container, NetworkPolicyPort port) {
        return Workloads.containerPort(container, port.getPort());
    }

    private static void ingress(Workload gateway) {
        List<Ingress> ingresses = gateway.manifests().all(Ingress.class);
        assertThat(ingresses).isNotEmpty();
        for (Ingress ingress : ingresses) {
            // The gateway answers an oversized body itself (413 problem+json): the Ingress lets at least that much through.
            String proxyBodySize = ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-body-size");
            assertThat(proxyBodySize).as("the Ingress's body size").isNotNull();
            assertThat(bytes(proxyBodySize)).as("Ingress body size " + proxyBodySize + " >= the gateway's max-body-size")
                    .isGreaterThanOrEqualTo(bytes(gateway.configuration().get("estatewatch.gateway.max-body-size", "64KB")));
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                var backend = path.getBackend().getService();
                Service service = gateway.manifests().get(Service.class, backend.getName());
                ServicePort servicePort = service.getSpec().getPorts().stream()
                        .filter(p -> backend.getPort().getName() != null ? backend.getPort().getName().equals(p.getName())
                                : backend.getPort().getNumber().equals(p.getPort()))
                        .findFirst().orElseThrow();
                assertThat(Workloads.targetPort(gateway.container(), servicePort))
                        .as("the Ingress reaches the gateway's server.port only").hasValue(gateway.serverPort());
            }));
        }
    }

    @SuppressWarnings("unchecked")
    private static void consumerLag(Workload workload) {
        Map<String, String> groups = workload.configuration().endingWith("group");
        Set<String> destinations = workload.configuration().endingWith("destination").values().stream()
                .flatMap(d -> Arrays.stream(d.split(","))).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        for (GenericKubernetesResource scaledObject : workload.manifests().generic("ScaledObject")) {
            if (!workload.name().equals(WorkloadPolicyTest.scaleTarget(scaledObject))) {
                continue;
            }
            Set<String> triggered = new TreeSet<>();
            for (Map<String, Object> trigger : (List<Map<String, Object>>) Manifests.spec(scaledObject).get("triggers")) {
                if (!"kafka".equals(trigger.get("type"))) {
                    continue;
                }
                Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
                assertThat(groups.values()).as("the module's consumer groups").contains(String.valueOf(metadata.get("consumerGroup")));
                triggered.add(String.valueOf(metadata.get("topic")));
            }
            assertThat(triggered).as("topics KEDA watches = topics the module reads").isEqualTo(destinations);
        }
    }

    /** "1m" (NGINX) or "64KB" (Spring's DataSize) in bytes. */
    static long bytes(String size) {
        Matcher matcher = Pattern.compile("(?i)^\\s*(\\d+)\\s*([kmg]?)b?\\s*$").matcher(size);
        assertThat(matcher.matches()).as("a size: " + size).isTrue();
        long value = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> value << 10;
            case "m" -> value << 20;
            case "g" -> value << 30;
            default -> value;
        };
    }

    private static LabelSelector selector(Map<String, Object> selector) {
        @SuppressWarnings("unchecked")
        Map<String, String> matchLabels = (Map<String, String>) selector.get("matchLabels");
        return new LabelSelector(List.of(), matchLabels);
    }
}
