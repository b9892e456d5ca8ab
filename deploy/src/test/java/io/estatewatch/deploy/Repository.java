package io.estatewatch.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository and its modules are, and the Maven version the images are tagged with. */
final class Repository {

    private Repository() {
    }

    /** The repository root: Maven passes it; from an IDE, the first parent of the working directory with deploy/k8s. */
    static Path root() {
        String configured = System.getProperty("estatewatch.repository");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/k8s")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a directory with deploy/k8s) above " + Path.of("").toAbsolutePath());
    }

    static Path deploy() {
        return root().resolve("deploy");
    }

    static Path overlay(String name) {
        return deploy().resolve("k8s/overlays").resolve(name);
    }

    /** A module's main application.yaml, if it has one yet. */
    static Optional<Path> applicationYaml(String module) {
        Path yaml = root().resolve(module).resolve("src/main/resources/application.yaml");
        return Files.isRegularFile(yaml) ? Optional.of(yaml) : Optional.empty();
    }

    /** The Maven project version, which every Estate Watch image is tagged with. */
    static String projectVersion() {
        String version = System.getProperty("estatewatch.version");
        if (version != null && !version.isBlank()) {
            return version;
        }
        try {
            // From an IDE: the parent version in deploy/pom.xml (the first <version> after <parent>).
            String pom = Files.readString(deploy().resolve("pom.xml"));
            int parent = pom.indexOf("<parent>");
            int start = pom.indexOf("<version>", parent) + "<version>".length();
            return pom.substring(start, pom.indexOf("</version>", start)).trim();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
