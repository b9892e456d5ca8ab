package io.estatewatch.benchmarks;

import io.estatewatch.benchmarks.load.OpenLoad;
import io.estatewatch.benchmarks.rig.ChildProcess;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import io.estatewatch.benchmarks.trivial.TrivialApplication;
import io.estatewatch.servicekit.security.Caller;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Hotline pushes at rising rates (open model) through the gateway into the complaint-service and its store, and
 * straight into the complaint-service, beside a trivial Boot endpoint taking the same body from the same generator in
 * the same run. The gateway's per-client rate limit (50/s locally, 20/s in production) is lifted for the run: it would
 * measure the policy, not the capacity.
 */
final class IntakeBenchmark {

    private final Report report;
    private final Path dir;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final Random random = new Random(7);
    /** Every push of the run has a ticket number of its own: a repeated one would be a retried push (200 or 409). */
    private final java.util.concurrent.atomic.AtomicInteger tickets = new java.util.concurrent.atomic.AtomicInteger();

    IntakeBenchmark(Report report, Path dir) {
        this.report = report;
        this.dir = dir;
    }

    void run() {
        Duration step = Duration.ofSeconds(Long.getLong("bench.step.seconds", 10));
        int[] rates = Arrays.stream(System.getProperty("bench.rates", "25,50,100,200,400,800,1600,3200").split(","))
                .mapToInt(Integer::parseInt).toArray();
        report.line("## intake: open-model steps of %d s at %s requests/s — %s", step.toSeconds(), Arrays.toString(rates),
                Report.machine());
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(dir)) {
            ServiceUnderTest complaints = ServiceUnderTest.of("complaint-service", "complaint",
                    infrastructure.bootstrapServers(), infrastructure.mongoUri(), dir, Map.of(), List.of());
            complaints.start();
            ServiceUnderTest gateway = ServiceUnderTest.of("gateway", "gateway", infrastructure.bootstrapServers(),
                    infrastructure.mongoUri(), dir, Map.of(), List.of(
                            "--estatewatch.gateway.services.complaint-service.uri=http://localhost:" + complaints.port(),
                            "--estatewatch.gateway.rate-limit.replenish-rate=1000000",
                            "--estatewatch.gateway.rate-limit.burst-capacity=1000000"));
            gateway.start();
            int trivialPort = LocalInfrastructure.freePort();
            ChildProcess trivial = ChildProcess.ofMain("trivial", ServiceUnderTest.JVM, TrivialApplication.class,
                    List.of("--server.port=" + trivialPort), Map.of(), dir, dir.resolve("logs/trivial.log")).start();
            URI trivialUri = URI.create("http://localhost:" + trivialPort + "/api/v1/echo");
            LocalInfrastructure.awaitUp(trivial, "the trivial endpoint", () -> ServiceUnderTest.ready(trivialPort), Duration.ofMinutes(3));
            try {
                String token = ServiceUnderTest.token(Caller.hotlineClient("bench-hotline", "*"));
                IntFunction<HttpRequest> toTrivial = i -> OpenLoad.post(trivialUri, push("t", i)).build();
                IntFunction<HttpRequest> viaGateway = i -> OpenLoad.post(gateway.uri("/api/v1/complaints"), push("g", i))
                        .header("X-Api-Key", "local-hotline-key").build();
                IntFunction<HttpRequest> direct = i -> OpenLoad.post(complaints.uri("/api/v1/complaints"), push("d", i))
                        .header("Authorization", "Bearer " + token).build();

                OpenLoad load = new OpenLoad(2_000);
                report.line("warm-up: 20 s at 50/s on each (not counted)");
                load.run("trivial", 50, Duration.ofSeconds(20), toTrivial);
                load.run("gateway", 50, Duration.ofSeconds(20), viaGateway);
                load.run("direct", 50, Duration.ofSeconds(20), direct);

                double trivialMax = series(load, "trivial", rates, step, toTrivial);
                double gatewayMax = series(load, "gateway", rates, step, viaGateway);
                OpenLoad.Step gatewaySustained = lastSustained;
                double directMax = series(load, "direct", rates, step, direct);
                OpenLoad.Step directSustained = lastSustained;

                int half = (int) Math.max(1, trivialMax / 2);
                OpenLoad.Step atHalf = load.run("gateway", half, step.multipliedBy(2), viaGateway);
                report.line("at half the trivial maximum: %s", atHalf);
                OpenLoad.Step directAtHalf = load.run("direct", half, step.multipliedBy(2), direct);
                report.line("at half the trivial maximum: %s", directAtHalf);
                report.line("RESULT intake: through the gateway %,.0f pushes/s = %.0f %% of the trivial endpoint's %,.0f "
                                + "requests/s (target >= 35 %%); straight into the complaint-service %,.0f/s (%.0f %%); at %d/s "
                                + "(half the trivial maximum) p50 %.1f ms, p99 %.1f ms through the gateway, p99 %.1f ms "
                                + "straight (target p99 <= 50 ms)", gatewayMax, 100 * gatewayMax / trivialMax, trivialMax,
                        directMax, 100 * directMax / trivialMax, half, atHalf.p50Millis(), atHalf.p99Millis(),
                        directAtHalf.p99Millis());
                report.line("RESULT intake (sustained): the highest step kept up through the gateway %d/s with p99 %.1f ms; "
                                + "straight into the complaint-service %d/s with p99 %.1f ms; the trivial endpoint %,.0f/s",
                        gatewaySustained == null ? 0 : gatewaySustained.offeredPerSecond(),
                        gatewaySustained == null ? Double.NaN : gatewaySustained.p99Millis(),
                        directSustained == null ? 0 : directSustained.offeredPerSecond(),
                        directSustained == null ? Double.NaN : directSustained.p99Millis(), trivialMax);
                report.line("resident memory after the run: complaint-service %d MB, gateway %d MB, trivial %d MB",
                        complaints.process().residentMegabytes(), gateway.process().residentMegabytes(),
                        trivial.residentMegabytes());
            } finally {
                trivial.stop(Duration.ofSeconds(10));
                gateway.close();
                complaints.close();
            }
        }
    }

    /** The last series' highest step that kept up. */
    private OpenLoad.Step lastSustained;

    /** Rising steps until one is not sustained; returns the highest 2xx throughput seen. */
    private double series(OpenLoad load, String target, int[] rates, Duration step, IntFunction<HttpRequest> request) {
        double best = 0;
        lastSustained = null;
        List<OpenLoad.Step> steps = new ArrayList<>();
        for (int rate : rates) {
            OpenLoad.Step result = load.run(target, rate, step, request);
            steps.add(result);
            report.line("%s", result);
            best = Math.max(best, result.achievedPerSecond());
            if (!result.sustained()) {
                break;
            }
            lastSustained = result;
        }
        return best;
    }

    private String push(String series, int i) {
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        return """
                {"channel":"MAYOR_HOTLINE","externalId":"bench-%s-%s-%d","receivedAt":"2022-05-01T09:00:00+08:00",\
                "address":"No. 7 Benchmark Road","category":"PARKING",\
                "description":"Cars parked on the fire lane behind building 3 every evening.",\
                "complainant":{"name":"李四","phone":"%s"}}""".formatted(run, series, tickets.incrementAndGet(), phone);
    }
}
