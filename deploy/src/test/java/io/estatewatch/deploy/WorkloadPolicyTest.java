package io.estatewatch.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every Deployment of both overlays keeps: probes, requests and limits, a disruption budget, a network
 * policy, a non-root user on a read-only root filesystem, a pinned image, and (the Spring services) a graceful
 * shutdown that ends before Kubernetes kills the container, and an autoscaler.
 */
class WorkloadPolicyTest {

    @TestFactory
    Stream<DynamicNode> everyDeploymentKeepsTheRules() {
        return Kustomize.OVERLAYS.stream().map(overlay -> {
            Manifests manifests = Manifests.overlay(overlay);
            return DynamicContainer.dynamicContainer("overlay " + overlay, manifests.all(Deployment.class).stream()
                    .map(deployment -> DynamicContainer.dynamicContainer(Workloads.name(deployment),
                            rules(manifests, deployment))));
        });
    }

    private static Stream<DynamicTest> rules(Manifests manifests, Deployment deployment) {
        List<DynamicTest> rules = new ArrayList<>(List.of(
                DynamicTest.dynamicTest("has startup, readiness and liveness probes", () -> probes(deployment)),
                DynamicTest.dynamicTest("has CPU and memory requests and limits", () -> resources(deployment)),
                DynamicTest.dynamicTest("has a PodDisruptionBudget", () -> disruptionBudget(manifests, deployment)),
                DynamicTest.dynamicTest("has a NetworkPolicy of its own", () -> networkPolicy(manifests, deployment)),
                DynamicTest.dynamicTest("runs as non-root on a read-only root filesystem", () -> security(deployment)),
                DynamicTest.dynamicTest("names its image by a tag that is not latest", () -> images(deployment)),
                DynamicTest.dynamicTest("has a ServiceAccount of its own", () -> serviceAccount(manifests, deployment))));
        if (Workloads.isSpringService(deployment)) {
            rules.addAll(List.of(
                    DynamicTest.dynamicTest("shuts down within its grace period",
                            () -> gracefulShutdown(manifests, deployment)),
                    DynamicTest.dynamicTest("is scaled by one autoscaler", () -> autoscaler(manifests, deployment)),
                    DynamicTest.dynamicTest("is behind a Service", () -> assertThat(Workloads.services(manifests, deployment))
                            .as("Services selecting " + Workloads.name(deployment)).isNotEmpty()),
                    DynamicTest.dynamicTest("writes only to an emptyDir at /tmp", () -> temporaryDirectory(deployment)),
                    DynamicTest.dynamicTest("is tagged with the Maven version", () -> mavenVersionTag(deployment))));
        }
        return rules.stream();
    }

    private static void probes(Deployment deployment) {
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            assertThat(container.getStartupProbe()).as(container.getName() + " startupProbe").isNotNull();
            assertThat(container.getReadinessProbe()).as(container.getName() + " readinessProbe").isNotNull();
            assertThat(container.getLivenessProbe()).as(container.getName() + " livenessProbe").isNotNull();
        }
    }

    private static void resources(Deployment deployment) {
        for (Container container : containers(deployment)) {
            assertThat(container.getResources()).as(container.getName() + " resources").isNotNull();
            Map<String, Quantity> requests = Optional.ofNullable(container.getResources().getRequests()).orElse(Map.of());
            Map<String, Quantity> limits = Optional.ofNullable(container.getResources().getLimits()).orElse(Map.of());
            assertThat(requests).as(container.getName() + " requests").containsKeys("cpu", "memory");
            assertThat(limits).as(container.getName() + " limits").containsKeys("cpu", "memory");
            assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                    .as(container.getName() + " memory limit >= request")
                    .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
        }
    }

    private static void disruptionBudget(Manifests manifests, Deployment deployment) {
        List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class).stream()
                .filter(pdb -> Workloads.selects(pdb.getSpec().getSelector(), Workloads.podLabels(deployment))).toList();
        assertThat(budgets).as("PodDisruptionBudgets selecting " + Workloads.name(deployment)).hasSize(1);
    }

    private static void networkPolicy(Manifests manifests, Deployment deployment) {
        List<NetworkPolicy> own = manifests.all(NetworkPolicy.class).stream()
                .filter(policy -> policy.getSpec().getPodSelector().getMatchLabels() != null
                        && !policy.getSpec().getPodSelector().getMatchLabels().isEmpty())
                .filter(policy -> Workloads.selects(policy.getSpec().getPodSelector(), Workloads.podLabels(deployment)))
                .toList();
        assertThat(own).as("NetworkPolicies selecting " + Workloads.name(deployment) + " by its labels").isNotEmpty();
        assertThat(own).allSatisfy(policy -> assertThat(policy.getSpec().getPolicyTypes())
                .as(policy.getMetadata().getName() + " policyTypes").contains("Ingress", "Egress"));
        // And the namespace denies everything else.
        assertThat(manifests.all(NetworkPolicy.class)).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
            assertThat(policy.getSpec().getEgress()).isNullOrEmpty();
        });
    }

    private static void security(Deployment deployment) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        for (Container container : containers(deployment)) {
            boolean nonRoot = Boolean.TRUE.equals(container.getSecurityContext() != null
                    ? Optional.ofNullable(container.getSecurityContext().getRunAsNonRoot())
                    .orElse(podSecurity == null ? null : podSecurity.getRunAsNonRoot())
                    : podSecurity == null ? null : podSecurity.getRunAsNonRoot());
            assertThat(nonRoot).as(container.getName() + " runAsNonRoot").isTrue();
            assertThat(container.getSecurityContext()).as(container.getName() + " securityContext").isNotNull();
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                    .as(container.getName() + " readOnlyRootFilesystem").isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                    .as(container.getName() + " allowPrivilegeEscalation").isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop())
                    .as(container.getName() + " drops capabilities").contains("ALL");
        }
    }

    private static void images(Deployment deployment) {
        for (Container container : containers(deployment)) {
            String image = container.getImage();
            String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
            assertThat(afterRegistry).as(container.getName() + " image " + image + " has a tag or digest")
                    .matches(".+[:@].+");
            assertThat(image).as(container.getName() + " image").doesNotEndWith(":latest");
        }
    }

    private static void mavenVersionTag(Deployment deployment) {
        Container container = Workloads.mainContainer(deployment);
        assertThat(container.getImage()).as("image of " + Workloads.name(deployment))
                .endsWith("estatewatch/" + Workloads.name(deployment) + ":" + Repository.projectVersion());
    }

    private static void serviceAccount(Manifests manifests, Deployment deployment) {
        String name = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
        assertThat(name).as("serviceAccountName").isEqualTo(Workloads.name(deployment));
        ServiceAccount account = manifests.get(ServiceAccount.class, name);
        assertThat(account.getAutomountServiceAccountToken()).as("the account's token is not mounted").isFalse();
    }

    private static void gracefulShutdown(Manifests manifests, Deployment deployment) {
        Container container = Workloads.mainContainer(deployment);
        Long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertThat(grace).as("terminationGracePeriodSeconds").isNotNull();
        assertThat(container.getLifecycle()).as("lifecycle").isNotNull();
        assertThat(container.getLifecycle().getPreStop()).as("preStop").isNotNull();
        double preStop = preStopSeconds(container);
        Map<String, String> environment = Workloads.environment(manifests, container);
        // Boot's default phase is 30 s; the module's file and then the container's environment may change it.
        String phase = SpringConfiguration.ofModule(Workloads.name(deployment)).orElseGet(SpringConfiguration::empty)
                .withEnvironment(environment).get("spring.lifecycle.timeout-per-shutdown-phase", "30s");
        assertThat((double) grace)
                .as("terminationGracePeriodSeconds (%d) > preStop sleep (%.0f s) + Spring's shutdown phase (%s)",
                        grace, preStop, phase)
                .isGreaterThan(preStop + Workloads.seconds(phase));
    }

    private static double preStopSeconds(Container container) {
        var preStop = container.getLifecycle().getPreStop();
        if (preStop.getSleep() != null) {
            return preStop.getSleep().getSeconds();
        }
        assertThat(preStop.getExec()).as("preStop is a sleep").isNotNull();
        List<String> command = preStop.getExec().getCommand();
        assertThat(command).as("preStop command").hasSize(2).first().isEqualTo("sleep");
        return Double.parseDouble(command.get(1));
    }

    private static void autoscaler(Manifests manifests, Deployment deployment) {
        String name = Workloads.name(deployment);
        long hpas = manifests.all(HorizontalPodAutoscaler.class).stream()
                .filter(hpa -> "Deployment".equals(hpa.getSpec().getScaleTargetRef().getKind())
                        && name.equals(hpa.getSpec().getScaleTargetRef().getName())).count();
        long scaledObjects = manifests.generic("ScaledObject").stream()
                .filter(so -> name.equals(scaleTarget(so))).count();
        assertThat(hpas + scaledObjects).as("HorizontalPodAutoscalers and ScaledObjects scaling " + name).isEqualTo(1);
        assertThat(deployment.getSpec().getReplicas()).as("spec.replicas of " + name + ", which its autoscaler owns: "
                + "every apply would reset it").isNull();
    }

    @SuppressWarnings("unchecked")
    static String scaleTarget(GenericKubernetesResource scaledObject) {
        return String.valueOf(((Map<String, Object>) Manifests.spec(scaledObject).get("scaleTargetRef")).get("name"));
    }

    private static void temporaryDirectory(Deployment deployment) {
        Container container = Workloads.mainContainer(deployment);
        String volume = container.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath()))
                .map(m -> m.getName()).findFirst().orElseThrow(() -> new AssertionError("no volume at /tmp"));
        Volume tmp = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> volume.equals(v.getName())).findFirst().orElseThrow();
        assertThat(tmp.getEmptyDir()).as("/tmp is an emptyDir").isNotNull();
    }

    private static List<Container> containers(Deployment deployment) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        List<Container> all = new ArrayList<>(pod.getContainers());
        Optional.ofNullable(pod.getInitContainers()).ifPresent(all::addAll);
        return all;
    }
}
