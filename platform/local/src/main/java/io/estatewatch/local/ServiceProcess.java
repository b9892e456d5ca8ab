package io.estatewatch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * One service running as a child process of the launcher, with a small JVM and its output in
 * {@code .estatewatch/logs/<service>.log} (the previous run's log is kept as {@code <service>.log.1}).
 */
public final class ServiceProcess {

    static final List<String> JVM_OPTIONS =
            List.of("-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx192m");

    private final Service service;
    private final Path jar;
    private final Path logFile;
    private final List<String> arguments;
    private Process process;
    private long startedNanos;

    public ServiceProcess(Service service, Path jar, Path logDirectory) {
        this(service, jar, logDirectory, List.of());
    }

    /** @param arguments more Spring arguments for the service ({@code --name=value}) */
    public ServiceProcess(Service service, Path jar, Path logDirectory, List<String> arguments) {
        this.service = service;
        this.jar = jar;
        this.logFile = logDirectory.resolve(service.name() + ".log");
        this.arguments = List.copyOf(arguments);
    }

    /**
     * The service's runnable jar in {@code <root>/<service>/target}: {@code <service>-<version>.jar} when it
     * exists, else the newest {@code <service>-*.jar} that is not a plain, sources or test jar.
     */
    public static Optional<Path> findJar(Path root, Service service, String version) {
        Path target = root.resolve(service.name()).resolve("target");
        Path exact = target.resolve(service.name() + "-" + version + ".jar");
        if (version != null && Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(service.name() + "-") && name.endsWith(".jar")
                                && !name.endsWith("-plain.jar") && !name.endsWith("-sources.jar")
                                && !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar");
                    })
                    .max(Comparator.comparing(ServiceProcess::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A jar {@code java -jar} can run: its manifest names a main class (a Boot jar, not a plain library jar). */
    public static boolean runnable(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Main-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    public Service service() {
        return service;
    }

    public Path logFile() {
        return logFile;
    }

    public List<String> command(String java) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--spring.profiles.active=local");
        command.add("--server.port=" + service.port());
        command.addAll(arguments);
        return command;
    }

    public synchronized void start(Path workingDirectory, Map<String, String> environment) {
        List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        try {
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(logFile, "# " + OffsetDateTime.now() + " estatewatch started: "
                    + String.join(" ", command) + System.lineSeparator() + "# with " + Connections.masked(environment)
                    + System.lineSeparator(), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            startedNanos = System.nanoTime();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.name(), e);
        }
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** The exit code once the process has ended, empty while it runs. */
    public synchronized Optional<Integer> exitCode() {
        return process == null || process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** Completes when the process has ended. */
    public synchronized CompletableFuture<Process> onExit() {
        if (process == null) {
            throw new IllegalStateException(service.name() + " was never started");
        }
        return process.onExit();
    }

    public Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The resident memory of the process in MB, where /proc tells it (Linux); -1 otherwise. */
    public long residentMegabytes() {
        return Resident.megabytes(pid());
    }

    /**
     * Stops the processes together: a polite SIGTERM to each (Spring Boot shuts down gracefully), up to
     * {@code grace} for all of them to end, then a forced kill of whatever is left, descendants included.
     * Returns the names of the processes that had to be killed.
     */
    public static List<String> stopAll(List<ServiceProcess> processes, Duration grace) {
        List<Process> running = new ArrayList<>();
        List<ProcessHandle> descendants = new ArrayList<>();
        for (ServiceProcess serviceProcess : processes) {
            Process process;
            synchronized (serviceProcess) {
                process = serviceProcess.process;
            }
            if (process != null && process.isAlive()) {
                // Taken before the parent ends: an orphan is no longer anybody's descendant.
                process.descendants().forEach(descendants::add);
                running.add(process);
                process.destroy();
            }
        }
        descendants.forEach(ProcessHandle::destroy);

        long deadline = System.nanoTime() + grace.toNanos();
        for (Process process : running) {
            awaitExit(process.onExit(), deadline);
        }

        List<String> killed = new ArrayList<>();
        List<CompletableFuture<?>> forced = new ArrayList<>();
        for (ServiceProcess serviceProcess : processes) {
            Process process = serviceProcess.process;
            if (process != null && process.isAlive()) {
                killed.add(serviceProcess.service.name());
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                forced.add(process.onExit());
            }
        }
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroyForcibly();
                forced.add(descendant.onExit());
            }
        }
        long forcedDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        forced.forEach(exit -> awaitExit(exit, forcedDeadline));
        return killed;
    }

    private static void awaitExit(CompletableFuture<?> exit, long deadlineNanos) {
        try {
            exit.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // decided by the caller: whatever is still alive gets killed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
