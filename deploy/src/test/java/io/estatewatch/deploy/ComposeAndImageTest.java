package io.estatewatch.deploy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image recipe and the Compose file: one Dockerfile for every module with Boot's layers and a non-root user, and
 * Compose running real Kafka and MongoDB images with every service built from that Dockerfile, configured as each
 * module's application.yaml expects.
 */
class ComposeAndImageTest {

    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

    @Test
    void theDockerfileBuildsAnyModuleIntoBootsLayersRunByANonRootUser() throws IOException {
        String dockerfile = Files.readString(Repository.deploy().resolve("Dockerfile"));
        assertThat(dockerfile).contains("ARG MODULE")
                .contains("java -Djarmode=tools -jar application.jar extract --layers --launcher")
                .contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]")
                // how to pin the base images by digest is written down
                .contains("@sha256:");
        // Every base image is a tag that is not latest (or an ARG whose default is).
        Matcher arg = Pattern.compile("(?m)^ARG (\\w+_IMAGE)=(\\S+)$").matcher(dockerfile);
        Map<String, String> images = new java.util.HashMap<>();
        while (arg.find()) {
            images.put(arg.group(1), arg.group(2));
        }
        Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile);
        int stages = 0;
        while (from.find()) {
            stages++;
            String image = from.group(1).replaceAll("^\\$\\{(\\w+)}$", "$1");
            image = images.getOrDefault(image, image);
            assertThat(image).as("FROM " + from.group(1)).matches("[^:@]+[:@][^:]+").doesNotEndWith(":latest");
        }
        assertThat(stages).as("multi-stage").isGreaterThanOrEqualTo(2);
        // The user: numeric (runAsNonRoot can verify it), not root, and the one the Deployments run as.
        Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(dockerfile);
        assertThat(user.find()).as("a numeric USER").isTrue();
        long uid = Long.parseLong(user.group(1));
        assertThat(uid).isPositive();
        for (String overlay : Kustomize.OVERLAYS) {
            Manifests.overlay(overlay).all(Deployment.class).stream().filter(Workloads::isSpringService).forEach(d ->
                    assertThat(d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                            .as(overlay + " " + Workloads.name(d) + " runAsUser").isEqualTo(uid));
        }
    }

    @Test
    void theDockerfileCopiesTheLayersABuiltJarDeclaresInItsOrder() throws IOException {
        Path jar = null;
        for (String module : springModules()) {
            Path candidate = Repository.root().resolve(module + "/target/" + module + "-" + Repository.projectVersion() + ".jar");
            if (Files.isRegularFile(candidate)) {
                jar = candidate;
                break;
            }
        }
        Assumptions.assumeTrue(jar != null, "no service jar built yet (the reactor builds them before deploy)");
        List<String> layers = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            String index = new String(file.getInputStream(file.getEntry("BOOT-INF/layers.idx")).readAllBytes());
            Matcher layer = Pattern.compile("(?m)^- \"([^\"]+)\":").matcher(index);
            while (layer.find()) {
                layers.add(layer.group(1));
            }
        }
        String dockerfile = Files.readString(Repository.deploy().resolve("Dockerfile"));
        Matcher copy = Pattern.compile("(?m)^COPY --from=layers /layers/extracted/([\\w-]+)/ \\./$").matcher(dockerfile);
        List<String> copied = new ArrayList<>();
        while (copy.find()) {
            copied.add(copy.group(1));
        }
        assertThat(copied).as("layers copied, least changing first (" + jar.getFileName() + ")").isEqualTo(layers);
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsRealKafkaAndMongoDbAndEveryServiceFromTheDockerfile() {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        Map<String, Object> kafka = (Map<String, Object>) services.get("kafka");
        assertThat(kafka.get("image")).isEqualTo("apache/kafka:4.1.2");
        Map<String, Object> kafkaEnvironment = (Map<String, Object>) kafka.get("environment");
        assertThat(String.valueOf(kafkaEnvironment.get("KAFKA_PROCESS_ROLES"))).as("KRaft").contains("controller");
        assertThat(String.valueOf(kafkaEnvironment.get("KAFKA_LOG_RETENTION_MS"))).as("events kept forever").isEqualTo("-1");
        assertThat(((Map<String, Object>) services.get("mongo")).get("image")).isEqualTo("mongo:8.0");

        for (String module : springModules()) {
            Map<String, Object> service = (Map<String, Object>) services.get(module);
            assertThat(service).as("Compose service " + module).isNotNull();
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(build.get("dockerfile")).isEqualTo("deploy/Dockerfile");
            assertThat(Repository.deploy().resolve(String.valueOf(build.get("context"))).normalize())
                    .isEqualTo(Repository.root().normalize());
            assertThat((Map<String, Object>) build.get("args")).containsEntry("MODULE", module);
            assertThat(service.get("image")).isEqualTo("estatewatch/" + module + ":${ESTATEWATCH_VERSION:-"
                    + Repository.projectVersion() + "}");
            assertThat(service.get("read_only")).as(module + " read_only").isEqualTo(true);
            assertThat((List<String>) service.get("tmpfs")).as(module + " tmpfs").contains("/tmp");
            assertThat(String.valueOf(service.get("user"))).as(module + " user").matches("[1-9]\\d*:\\d+");

            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            SpringConfiguration.ofModule(module).ifPresent(configuration -> {
                if (configuration.get("spring.kafka.bootstrap-servers").isPresent()) {
                    assertThat(environment).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
                }
                if (configuration.get("spring.mongodb.uri").isPresent()) {
                    assertThat(String.valueOf(environment.get("SPRING_MONGODB_URI"))).startsWith("mongodb://mongo:");
                }
                configuration.requiredFromEnvironment().values().stream()
                        .filter(variable -> variable.matches(".*(SECRET|KEY|PASSWORD).*"))
                        .forEach(variable -> assertThat(environment).as(module + " is given " + variable).containsKey(variable));
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composesGatewayCallsEachServiceOnItsServerPort() {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        Map<String, Object> routes = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                load(Repository.deploy().resolve("compose-config/gateway/application.yaml")).get("estatewatch"))
                .get("gateway")).get("services");
        for (String module : springModules()) {
            if (module.equals("gateway")) {
                continue;
            }
            URI uri = URI.create(String.valueOf(((Map<String, Object>) routes.get(module)).get("uri")));
            assertThat(services).as("Compose service " + uri.getHost()).containsKey(uri.getHost());
            SpringConfiguration.ofModule(module).ifPresent(configuration -> assertThat(uri.getPort())
                    .as(module + " server.port").isEqualTo(Integer.parseInt(configuration.get("server.port", "8080"))));
        }
    }

    @Test
    void everyVariableComposeRequiresIsInTheExampleEnvironmentFile() throws IOException {
        String compose = Files.readString(Repository.deploy().resolve("compose.yaml"));
        Set<String> required = new TreeSet<>();
        Matcher variable = COMPOSE_VARIABLE.matcher(compose);
        while (variable.find()) {
            required.add(variable.group(1));
        }
        Set<String> example = Files.readAllLines(Repository.deploy().resolve(".env.example")).stream()
                .filter(line -> line.matches("[A-Z0-9_]+=.*")).map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(example).containsAll(required);
    }

    /** The Spring Boot modules the overlays deploy. */
    static List<String> springModules() {
        return Manifests.overlay("dev").all(Deployment.class).stream().filter(Workloads::isSpringService)
                .map(Workloads::name).sorted().toList();
    }

    private static Map<String, Object> compose() {
        return load(Repository.deploy().resolve("compose.yaml"));
    }

    private static Map<String, Object> load(Path file) {
        try (var reader = Files.newBufferedReader(file)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
