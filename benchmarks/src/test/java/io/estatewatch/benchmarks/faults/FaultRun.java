package io.estatewatch.benchmarks.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Where a fault test keeps its processes' data and logs, and where it writes the figures of its last run. */
final class FaultRun {

    private FaultRun() {
    }

    /** {@code target/faults/<name>-<time>}: kept after the run so that the logs can be read. */
    static Path directory(String name) {
        Path dir = Path.of("target", "faults", name + "-"
                + OffsetDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"))).toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a line to {@code target/faults/figures.txt}, the figures docs/reliability.md quotes. */
    static void figure(String test, String text) {
        String line = OffsetDateTime.now().withNano(0) + " " + test + ": " + text + System.lineSeparator();
        System.out.print(line);
        try {
            Path file = Path.of("target", "faults", "figures.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
