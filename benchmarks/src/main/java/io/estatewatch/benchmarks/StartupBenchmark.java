package io.estatewatch.benchmarks;

import io.estatewatch.benchmarks.rig.ChildProcess;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import io.estatewatch.benchmarks.rig.Repository;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import io.estatewatch.benchmarks.trivial.TrivialApplication;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time (process start → readiness UP) and resident memory at that moment of each service alone, beside a
 * trivial Boot application with the same JVM flags; then the whole local platform as {@code ./estatewatch} starts it
 * (all services at once), from launch to its "Started in" line, and the memory of every process it runs.
 */
final class StartupBenchmark {

    private static final List<String> SERVICES = List.of("gateway", "complaint-service", "filing-service",
            "assessment-service", "renovation-service", "reporting-service");
    private static final List<Integer> PLATFORM_PORTS = List.of(8080, 8081, 8082, 8083, 8084, 8085);

    private final Report report;
    private final Path dir;

    StartupBenchmark(Report report, Path dir) {
        this.report = report;
        this.dir = dir;
    }

    void run() throws Exception {
        report.line("## startup — %s", Report.machine());
        long infraStart = System.nanoTime();
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(dir.resolve("alone"))) {
            report.line("broker and store (two launcher JVMs, one after the other): ready in %.1f s, %d + %d MB",
                    (System.nanoTime() - infraStart) / 1e9, infrastructure.brokerProcess().residentMegabytes(),
                    infrastructure.storeProcess().residentMegabytes());
            int port = LocalInfrastructure.freePort();
            ChildProcess trivial = ChildProcess.ofMain("trivial", ServiceUnderTest.JVM, TrivialApplication.class,
                    List.of("--server.port=" + port), Map.of(), dir, dir.resolve("logs/trivial.log")).start();
            LocalInfrastructure.awaitUp(trivial, "trivial", () -> ServiceUnderTest.ready(port), Duration.ofMinutes(3));
            double trivialSeconds = trivial.sinceStart().toMillis() / 1000.0;
            long trivialMb = trivial.residentMegabytes();
            trivial.stop(Duration.ofSeconds(10));
            report.line("baseline  %-20s ready in %5.1f s, %4d MB resident", "trivial Boot app", trivialSeconds, trivialMb);
            double slowest = 0;
            long largest = 0;
            for (String name : SERVICES) {
                if (ServiceUnderTest.jar(name).isEmpty()) {
                    report.line("          %-20s not built", name);
                    continue;
                }
                ServiceUnderTest service = ServiceUnderTest.of(name, name.replace("-service", ""),
                        infrastructure.bootstrapServers(), infrastructure.mongoUri(), dir, Map.of(), List.of());
                service.start();
                double seconds = service.process().sinceStart().toMillis() / 1000.0;
                long mb = service.process().residentMegabytes();
                service.close();
                slowest = Math.max(slowest, seconds);
                largest = Math.max(largest, mb);
                report.line("          %-20s ready in %5.1f s, %4d MB resident  (%.1fx / %.1fx the trivial app)", name,
                        seconds, mb, seconds / trivialSeconds, (double) mb / trivialMb);
            }
            report.line("RESULT startup (each alone): slowest %.1f s = %.1fx the trivial app's %.1f s; largest %d MB = "
                    + "%.1fx its %d MB", slowest, slowest / trivialSeconds, trivialSeconds, largest,
                    (double) largest / trivialMb, trivialMb);
        }
        platform();
    }

    /** The whole platform as ./estatewatch runs it, in a directory of its own that sees the built jars. */
    private void platform() throws Exception {
        List<Integer> taken = PLATFORM_PORTS.stream().filter(p -> !free(p)).toList();
        if (!taken.isEmpty()) {
            report.line("RESULT startup (whole platform): not measured, ports %s are taken (another platform runs)", taken);
            return;
        }
        Path root = Files.createDirectories(dir.resolve("platform"));
        for (String name : SERVICES) {
            Path target = Repository.root().resolve(name).resolve("target");
            if (Files.isDirectory(target)) {
                Files.createDirectories(root.resolve(name));
                Files.createSymbolicLink(root.resolve(name).resolve("target"), target);
            }
        }
        Path log = dir.resolve("logs/platform.log");
        ChildProcess launcher = ChildProcess.ofJar("estatewatch", List.of("-Xmx512m"), Repository.launcherJar(),
                List.of("--kafka-port=" + LocalInfrastructure.freePort(),
                        "--controller-port=" + LocalInfrastructure.freePort(),
                        "--mongo-port=" + LocalInfrastructure.freePort()), Map.of(), root, log).start();
        Pattern started = Pattern.compile("Started in ([0-9.]+) s");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Double seconds = null;
        while (seconds == null && System.nanoTime() < deadline && launcher.alive()) {
            Matcher matcher = started.matcher(Files.readString(log));
            if (matcher.find()) {
                seconds = Double.parseDouble(matcher.group(1));
            } else {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
            }
        }
        long total = launcher.residentMegabytes();
        StringBuilder parts = new StringBuilder("launcher " + total + " MB");
        for (ProcessHandle child : ProcessHandle.of(launcher.pid()).orElseThrow().descendants().toList()) {
            long mb = ChildProcess.residentMegabytes(child.pid());
            total += Math.max(0, mb);
            String jar = child.info().arguments().map(a -> List.of(a).stream().filter(s -> s.endsWith(".jar"))
                    .findFirst().orElse("?")).orElse("?");
            parts.append(", ").append(Path.of(jar).getFileName()).append(' ').append(mb).append(" MB");
        }
        String table = Files.readString(log);
        launcher.stop(Duration.ofSeconds(60));
        report.line("%s", table.lines().filter(l -> l.startsWith("[")).reduce((a, b) -> a + "\n" + b).orElse(""));
        report.line("RESULT startup (whole platform): %s s to every service ready (target <= 60 s), %d MB resident in "
                + "all (target <= 3072 MB): %s", seconds == null ? "not" : String.format("%.1f", seconds), total, parts);
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
