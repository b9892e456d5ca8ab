package io.estatewatch.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Grafana dashboard ships as a ConfigMap, shows what operators watch, and queries metrics that exist. */
class DashboardTest {

    private static final Pattern METRIC = Pattern.compile("\\b(estatewatch_[a-z0-9_]+)");
    private static final Pattern METER_NAME = Pattern.compile("\"(estatewatch\\.[a-z0-9.]+)\"");

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void theDashboardShowsWhatOperatorsWatch(String overlay) {
        ConfigMap configMap = Manifests.overlay(overlay).get(ConfigMap.class, "estatewatch-grafana-dashboard");
        assertThat(configMap.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        // JSON is YAML: SnakeYAML reads it without tying the test to one Jackson generation.
        Map<String, Object> dashboard = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(configMap.getData().get("estatewatch.json"));

        Set<Integer> ids = new HashSet<>();
        StringBuilder queries = new StringBuilder();
        List<String> titles = new java.util.ArrayList<>();
        for (Map<String, Object> panel : (List<Map<String, Object>>) dashboard.get("panels")) {
            assertThat(ids.add((Integer) panel.get("id"))).as("panel ids are unique").isTrue();
            titles.add(String.valueOf(panel.get("title")));
            if (!"row".equals(panel.get("type"))) {
                List<Map<String, Object>> targets = (List<Map<String, Object>>) panel.get("targets");
                assertThat(targets).as(panel.get("title") + " has queries").isNotEmpty();
                targets.forEach(target -> queries.append(target.get("expr")).append('\n'));
            }
        }
        assertThat(queries.toString()).contains(
                "http_server_requests_seconds_count{namespace=\"$namespace\", job=\"complaint-service\", method=\"POST\"",
                "estatewatch_outbox_published_total", "kafka_consumergroup_current_offset", "kafka_consumergroup_lag",
                "estatewatch_outbox_pending", "estatewatch_reporting_complaint_rate", "status=~\"5..\"",
                "jvm_memory_used_bytes", "jvm_gc_pause_seconds_sum");
        assertThat(titles).anyMatch(t -> t.contains("三率"));
        for (String rate : List.of("响应率", "解决率", "满意率")) {
            assertThat(titles).anyMatch(t -> t.contains(rate));
        }
        // The reporting service tags its 三率 gauge with the rate and the formula.
        for (String rate : List.of("response", "resolution", "satisfaction")) {
            assertThat(queries.toString()).contains("estatewatch_reporting_complaint_rate{namespace=\"$namespace\", "
                    + "rate=\"" + rate + "\", formula=\"v1\"}");
        }
    }

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyEstateWatchMetricItQueriesIsRegisteredByAModule(String overlay) throws IOException {
        String json = Manifests.overlay(overlay).get(ConfigMap.class, "estatewatch-grafana-dashboard").getData()
                .get("estatewatch.json");
        Set<String> queried = new TreeSet<>();
        Matcher metric = METRIC.matcher(json);
        while (metric.find()) {
            queried.add(metric.group(1).replaceAll("_(total|seconds_count|seconds_sum|seconds_max|seconds_bucket)$", ""));
        }
        Set<String> registered = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Repository.root(), 12)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/java/")).toList()) {
                Matcher meter = METER_NAME.matcher(Files.readString(source));
                while (meter.find()) {
                    registered.add(meter.group(1).replace('.', '_'));
                }
            }
        }
        assertThat(registered).as("meters registered in the modules' sources").containsAll(queried);
    }
}
