package io.estatewatch.deploy;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay with {@code kubectl kustomize} (Debian's kubectl has Kustomize built in), as an operator would
 * before {@code kubectl apply -k}. Without kubectl the tests fail on CI ({@code CI} set) and are skipped elsewhere.
 */
final class Kustomize {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The overlay's rendered multi-document YAML. */
    static String render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Kustomize::run);
    }

    private static String run(String overlay) {
        Path kubectl = kubectl();
        Path dir = Repository.overlay(overlay);
        try {
            Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    Assertions.fail("kubectl kustomize " + dir + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    Assertions.fail("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n"
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code $KUBECTL}, else kubectl on the PATH. */
    static Path kubectl() {
        Optional<Path> found = Optional.ofNullable(System.getenv("KUBECTL")).filter(s -> !s.isBlank()).map(Path::of)
                .or(() -> onPath("kubectl"));
        if (found.isPresent() && Files.isExecutable(found.get())) {
            return found.get();
        }
        String message = "kubectl is not installed, so the Kubernetes manifests cannot be rendered and checked. "
                + "Install Debian's kubectl package (apt-get install -y kubectl: it has Kustomize built in; the older "
                + "kubernetes-client package does not), or point $KUBECTL at a kubectl binary.";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            Assertions.fail(message + " CI is set: the check must run here, so this is a failure.");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
