package io.estatewatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Pattern GRANDCHILD = Pattern.compile("grandchild (\\d+)");

    @TempDir
    Path root;

    private final List<ServiceProcess> started = new ArrayList<>();
    private final List<Long> grandchildren = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        ServiceProcess.stopAll(started, Duration.ZERO);
        grandchildren.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void findsTheRunnableJarOfAServiceAndSkipsTheOthers() throws IOException {
        Service gateway = new Service("gateway", 8080);
        Service filing = new Service("filing-service", 8082);
        Service reporting = new Service("reporting-service", 8085);
        Path bootJar = stubJar(gateway, VERSION);
        Files.writeString(bootJar.resolveSibling("gateway-" + VERSION + ".jar.original"), "");
        Files.writeString(bootJar.resolveSibling("gateway-" + VERSION + "-sources.jar"), "");
        Path plainJar = plainJar(filing);

        assertThat(ServiceProcess.findJar(root, gateway, VERSION)).contains(bootJar);
        assertThat(ServiceProcess.runnable(bootJar)).isTrue();
        assertThat(ServiceProcess.findJar(root, filing, VERSION)).contains(plainJar);
        assertThat(ServiceProcess.runnable(plainJar)).as("a library jar has no Main-Class").isFalse();
        assertThat(ServiceProcess.findJar(root, reporting, VERSION)).isEmpty();
        assertThat(ServiceProcess.findJar(root, gateway, "9.9.9")).as("any version when the exact one is missing")
                .contains(bootJar);
    }

    @Test
    void aServiceRunsWithASmallJvmItsPortAndTheLocalProfile() {
        ServiceProcess process = new ServiceProcess(new Service("gateway", 8080), Path.of("gateway.jar"), root);

        assertThat(process.command("java")).containsExactly("java", "-Xss512k", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xmx192m", "-jar", "gateway.jar", "--spring.profiles.active=local",
                "--server.port=8080");
        assertThat(process.logFile()).isEqualTo(root.resolve("gateway.log"));
    }

    @Test
    void aGatewayOnOtherPortsIsToldWhereTheServicesAre() {
        List<Service> lineup = Service.lineup(18080);

        assertThat(LocalPlatform.arguments(lineup.get(0), lineup)).containsExactly(
                "--estatewatch.gateway.services.complaint-service.uri=http://localhost:18081",
                "--estatewatch.gateway.services.filing-service.uri=http://localhost:18082",
                "--estatewatch.gateway.services.assessment-service.uri=http://localhost:18083",
                "--estatewatch.gateway.services.renovation-service.uri=http://localhost:18084",
                "--estatewatch.gateway.services.reporting-service.uri=http://localhost:18085",
                "--estatewatch.gateway.cors.allowed-origins[0]=http://localhost:18080");
        assertThat(LocalPlatform.arguments(lineup.get(1), lineup)).isEmpty();
        assertThat(LocalPlatform.arguments(Service.LINEUP.get(0), Service.LINEUP))
                .as("on the usual ports the gateway's own defaults hold").isEmpty();

        ServiceProcess gateway = new ServiceProcess(lineup.get(0), Path.of("gateway.jar"), root,
                LocalPlatform.arguments(lineup.get(0), lineup));
        assertThat(gateway.command("java")).contains("--server.port=18080",
                "--estatewatch.gateway.services.reporting-service.uri=http://localhost:18085");
    }

    @Test
    void aStartedServiceIsProbedReadyAndStopsPolitelyWithItsDescendants() throws IOException {
        Service service = new Service("complaint-service", freePort());
        ServiceProcess process = startStub(service, Map.of());

        ReadinessProbe probe = new ReadinessProbe(ReadinessProbe.client(), service.port());
        await().atMost(Duration.ofSeconds(30)).until(probe::ready);
        long grandchild = grandchildOf(process);
        assertThat(Files.readString(process.logFile())).contains("args --spring.profiles.active=local --server.port="
                + service.port()).contains("kafka localhost:19092");

        List<String> killed = ServiceProcess.stopAll(List.of(process), Duration.ofSeconds(15));

        assertThat(killed).isEmpty();
        assertThat(process.alive()).isFalse();
        assertThat(gone(grandchild)).as("the grandchild is stopped too").isTrue();
    }

    @Test
    void aServiceThatIgnoresTheRequestToStopIsKilledAfterTheGrace() throws IOException {
        Service service = new Service("filing-service", freePort());
        ServiceProcess process = startStub(service, Map.of("STUB_STUBBORN", "true"));
        long grandchild = grandchildOf(process);

        List<String> killed = ServiceProcess.stopAll(List.of(process), Duration.ofSeconds(1));

        assertThat(killed).containsExactly("filing-service");
        assertThat(process.alive()).isFalse();
        assertThat(gone(grandchild)).as("the grandchild ignored TERM and is killed too").isTrue();
    }

    @Test
    void theLogOfThePreviousRunIsKept() throws IOException {
        Service service = new Service("renovation-service", freePort());
        Files.writeString(root.resolve("renovation-service.log"), "the previous run");

        startStub(service, Map.of());

        assertThat(root.resolve("renovation-service.log.1")).hasContent("the previous run");
        assertThat(Files.readString(root.resolve("renovation-service.log"))).startsWith("# ")
                .contains("estatewatch started");
    }

    private ServiceProcess startStub(Service service, Map<String, String> extraEnvironment) throws IOException {
        Path jar = stubJar(service, VERSION);
        ServiceProcess process = new ServiceProcess(service, jar, root);
        Map<String, String> environment = new HashMap<>(
                new Connections("localhost:19092", "mongodb://localhost:1").environmentFor(service));
        environment.putAll(extraEnvironment);
        process.start(root, environment);
        started.add(process);
        return process;
    }

    private long grandchildOf(ServiceProcess process) {
        long[] pid = new long[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Matcher matcher = GRANDCHILD.matcher(Files.readString(process.logFile()));
            if (matcher.find()) {
                pid[0] = Long.parseLong(matcher.group(1));
                return true;
            }
            return false;
        });
        grandchildren.add(pid[0]);
        return pid[0];
    }

    /** Ended: no such process, or a zombie nobody has reaped yet. */
    private static boolean gone(long pid) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            return handle.isEmpty() || !handle.get().isAlive() || zombie(pid);
        });
        return true;
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }

    private Path stubJar(Service service, String version) throws IOException {
        Path jar = Files.createDirectories(root.resolve(service.name()).resolve("target"))
                .resolve(service.name() + "-" + version + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StubService.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            String entry = StubService.class.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(entry));
            try (InputStream in = StubService.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        return jar;
    }

    private Path plainJar(Service service) throws IOException {
        Path jar = Files.createDirectories(root.resolve(service.name()).resolve("target"))
                .resolve(service.name() + "-" + VERSION + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, new Manifest())) {
            out.putNextEntry(new JarEntry("README"));
            out.closeEntry();
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
