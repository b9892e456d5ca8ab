package io.estatewatch.benchmarks.rig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The repository checkout: where the built jars of the launcher and the services are found. */
public final class Repository {

    private Repository() {
    }

    /** The root: {@code -Destatewatch.repository}, else the first directory upwards that holds {@code platform/local}. */
    public static Path root() {
        String property = System.getProperty("estatewatch.repository");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "platform", "local"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("platform").resolve("local"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the estatewatch repository (no platform/local found upwards)");
    }

    /** The launcher of the local platform, {@code platform/local/target/local-*.jar}. */
    public static Path launcherJar() {
        return runnableJar(root().resolve("platform/local/target"), "local")
                .orElseThrow(() -> new IllegalStateException(
                        "platform/local/target has no launcher jar: ./mvnw -pl platform/local -am -DskipTests install"));
    }

    /** A service's executable jar ({@code <service>/target/<service>-*.jar}), if it has been built. */
    public static Optional<Path> serviceJar(String service) {
        return runnableJar(root().resolve(service).resolve("target"), service);
    }

    private static Optional<Path> runnableJar(Path target, String artifact) {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(artifact + "-") && name.endsWith(".jar") && !name.endsWith("-plain.jar")
                                && !name.endsWith("-sources.jar") && !name.endsWith("-tests.jar")
                                && !name.endsWith("-javadoc.jar") && Character.isDigit(name.charAt(artifact.length() + 1));
                    })
                    .filter(ChildProcess::executableJar)
                    .max(Comparator.comparing(Repository::modified));
        } catch (IOException e) {
            return Optional.empty();
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
