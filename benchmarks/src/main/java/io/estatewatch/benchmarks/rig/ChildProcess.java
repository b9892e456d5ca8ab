package io.estatewatch.benchmarks.rig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;

/**
 * A JVM started as a child process with its output in a log file; it can be stopped politely (SIGTERM) or killed
 * (SIGKILL: {@link Process#destroyForcibly()} on Linux), and started again with the same command.
 */
public final class ChildProcess implements AutoCloseable {

    /** Small JVMs: the build machine has two cores shared with other builds. */
    public static final List<String> SMALL_JVM =
            List.of("-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

    /** Every child still running, killed when this JVM exits however it exits short of SIGKILL: no orphans. */
    private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }), "child-processes-stop"));
    }

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path log;
    private Process process;
    private long startedNanos;
    private int starts;

    public ChildProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
                        Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = new LinkedHashMap<>(environment);
        this.workingDirectory = workingDirectory;
        this.log = log;
    }

    /** {@code java <jvm options> -cp <this JVM's class path> <main> <args>}: a main of this module, or of its tests. */
    public static ChildProcess ofMain(String name, List<String> jvmOptions, Class<?> main, List<String> args,
                                      Map<String, String> environment, Path workingDirectory, Path log) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(args);
        return new ChildProcess(name, command, environment, workingDirectory, log);
    }

    /** {@code java <jvm options> -jar <jar> <args>}. */
    public static ChildProcess ofJar(String name, List<String> jvmOptions, Path jar, List<String> args,
                                     Map<String, String> environment, Path workingDirectory, Path log) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return new ChildProcess(name, command, environment, workingDirectory, log);
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of this JVM; under surefire the test class path it was given. */
    public static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    static boolean executableJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Main-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** How many times this child has been started. */
    public synchronized int starts() {
        return starts;
    }

    public synchronized ChildProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "# start " + (starts + 1) + ": " + String.join(" ", command).replace(classPath(), "<cp>")
                    + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            startedNanos = System.nanoTime();
            process = builder.start();
            Process started = process;
            RUNNING.add(started);
            started.onExit().thenRun(() -> RUNNING.remove(started));
            starts++;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The exit code, once it has ended by itself within {@code timeout}. */
    public int awaitExit(Duration timeout) {
        Process running;
        synchronized (this) {
            running = process;
        }
        try {
            running.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return running.exitValue();
        } catch (TimeoutException e) {
            throw new IllegalStateException(name + " did not exit within " + timeout + "; log " + log);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, descendants first; returns once the process is gone. */
    public void kill() {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null) {
            return;
        }
        running.descendants().forEach(ProcessHandle::destroyForcibly);
        running.destroyForcibly();
        await(running, Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL after {@code grace}; returns once the process is gone. */
    public void stop(Duration grace) {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        if (!await(running, grace)) {
            kill();
        }
    }

    /** Resident memory in MB from /proc (Linux), -1 where unknown. */
    public long residentMegabytes() {
        return residentMegabytes(pid());
    }

    /** Resident memory of any process in MB: the second field of {@code /proc/<pid>/statm}, in 4 KiB pages. */
    public static long residentMegabytes(long pid) {
        try {
            String[] fields = Files.readString(Path.of("/proc", Long.toString(pid), "statm")).trim().split("\\s+");
            return Long.parseLong(fields[1]) * 4096 / (1024 * 1024);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean await(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last {@code lines} lines of the log, for a failure message. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }
}
