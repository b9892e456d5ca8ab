package io.estatewatch.benchmarks.faults;

import io.estatewatch.benchmarks.rig.Http;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import io.estatewatch.servicekit.security.Caller;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The complaint-service and (once built) the reporting-service from their jars, on a broker and a store of their own,
 * started once per test JVM for every test that needs them and stopped when it exits.
 *
 * <p>The services reach the store with its plain connection string: the two-second wait for an absent store that the
 * outage test relies on is service-kit's default, not something this rig adds.
 */
final class ServicePlatform {

    static final String COMPLAINT_SERVICE = "complaint-service";
    static final String REPORTING_SERVICE = "reporting-service";
    static final int REPORTING_POLL_RECORDS = 25;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static ServicePlatform instance;

    final Path dir;
    final LocalInfrastructure infrastructure;
    final ServiceUnderTest complaints;
    final Optional<ServiceUnderTest> reporting;
    final Http http = new Http(Duration.ofSeconds(60));

    private ServicePlatform(Path dir, LocalInfrastructure infrastructure, ServiceUnderTest complaints,
                            Optional<ServiceUnderTest> reporting) {
        this.dir = dir;
        this.infrastructure = infrastructure;
        this.complaints = complaints;
        this.reporting = reporting;
    }

    /** The running platform; skips the calling test when the complaint-service has not been built. */
    static synchronized ServicePlatform get() {
        assumeTrue(ServiceUnderTest.jar(COMPLAINT_SERVICE).isPresent(), "complaint-service has no built jar");
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "service-platform-stop"));
        }
        return instance;
    }

    private static ServicePlatform start() {
        Path dir = FaultRun.directory("services");
        LocalInfrastructure infrastructure = LocalInfrastructure.start(dir);
        try (Admin admin = infrastructure.admin()) {
            admin.createTopics(List.of(new NewTopic("estatewatch.complaint.events", 3, (short) 1),
                    new NewTopic("estatewatch.register.events", 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            infrastructure.close();
            throw new IllegalStateException("cannot create the topics", e);
        }
        String mongo = infrastructure.mongoUri();
        ServiceUnderTest complaints = ServiceUnderTest.of(COMPLAINT_SERVICE, "complaint", infrastructure.bootstrapServers(),
                mongo, dir, Map.of(), List.of());
        // Small polls: a slice of the crash test's load then takes dozens of poll-fold-commit rounds, so a kill lands
        // with records fetched and not yet committed (mid-batch) rather than after the fold has caught up.
        Optional<ServiceUnderTest> reporting = ServiceUnderTest.jar(REPORTING_SERVICE).map(jar -> ServiceUnderTest.of(
                REPORTING_SERVICE, "reporting", infrastructure.bootstrapServers(), mongo, dir, Map.of(),
                List.of("--spring.cloud.stream.kafka.bindings.reportingEvents-in-0.consumer.configuration.max.poll.records="
                        + REPORTING_POLL_RECORDS)));
        // Both at once: on two cores the starts overlap better than they queue.
        complaints.process().start();
        reporting.ifPresent(service -> service.process().start());
        try {
            complaints.awaitReady();
            reporting.ifPresent(ServiceUnderTest::awaitReady);
        } catch (RuntimeException e) {
            complaints.kill();
            reporting.ifPresent(ServiceUnderTest::kill);
            infrastructure.close();
            throw e;
        }
        return new ServicePlatform(dir, infrastructure, complaints, reporting);
    }

    private final Map<String, ServiceUnderTest> others = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Another service of the platform on the same broker and store, started on first use (empty when it has not
     * been built); several asked for at once start together.
     */
    synchronized Map<String, ServiceUnderTest> services(List<String> names) {
        List<ServiceUnderTest> starting = new java.util.ArrayList<>();
        for (String name : names) {
            if (!others.containsKey(name) && ServiceUnderTest.jar(name).isPresent()) {
                ServiceUnderTest service = ServiceUnderTest.of(name, name.replace("-service", ""),
                        infrastructure.bootstrapServers(), infrastructure.mongoUri(), dir, Map.of(),
                        List.of());
                service.process().start();
                starting.add(service);
                others.put(name, service);
            }
        }
        starting.forEach(ServiceUnderTest::awaitReady);
        Map<String, ServiceUnderTest> running = new java.util.LinkedHashMap<>();
        for (String name : names) {
            if (others.containsKey(name)) {
                running.put(name, others.get(name));
            }
        }
        return running;
    }

    private void stop() {
        others.values().forEach(ServiceUnderTest::close);
        complaints.close();
        reporting.ifPresent(ServiceUnderTest::close);
        infrastructure.close();
    }

    static Map<String, String> hotline() {
        return Http.bearer(ServiceUnderTest.token(Caller.hotlineClient("hotline-faults", "*")));
    }

    static Map<String, String> admin() {
        return Http.bearer(ServiceUnderTest.token(Caller.districtAdmin("admin-faults")));
    }

    /** The summary of a period from the reporting-service, as JSON. */
    JsonNode summary(String from, String to) {
        Http.Answer answer = http.get(reporting.orElseThrow().uri("/api/v1/reports/summary?from=" + from + "&to=" + to),
                admin());
        if (answer.status() != 200) {
            throw new IllegalStateException("summary answered " + answer.status() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** A hotline push of one complaint. */
    static String push(String externalId, String receivedAt, String category, String phone) {
        return """
                {"channel":"MAYOR_HOTLINE","externalId":"%s","receivedAt":"%s","address":"No. 7 Fault Lane",\
                "category":"%s","description":"The corridor light has been out for a week.",\
                "complainant":{"name":"张三","phone":"%s"}}""".formatted(externalId, receivedAt, category, phone);
    }
}
