package io.estatewatch.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What the console shows while the platform comes up and goes down: one line per part as its state changes
 * ({@code [ up ] kafka localhost:9092 (4.2 s)}), then a table of what runs where.
 */
final class StartupProgress {

    /** One line of the closing table. */
    record Row(String part, String where, String state, String detail) {
    }

    private final PrintStream out;
    private final long startedNanos = System.nanoTime();

    StartupProgress(PrintStream out) {
        this.out = out;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    void up(String part, String where, Duration took, String note) {
        line(" up ", part, where + " (" + seconds(took) + (note.isEmpty() ? "" : ", " + note) + ")");
    }

    void external(String part, String where, String note) {
        line("ext ", part, where + (note.isEmpty() ? "" : " (" + note + ")"));
    }

    void waiting(String part, String detail) {
        line("wait", part, detail);
    }

    void failed(String part, String detail) {
        line("fail", part, detail);
    }

    void skipped(String part, String detail) {
        line("skip", part, detail);
    }

    void warning(String part, String detail) {
        line("warn", part, detail);
    }

    void down(String part, String detail) {
        line("down", part, detail);
    }

    void stopped(String part, String detail) {
        line("stop", part, detail);
    }

    void say(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    void table(List<Row> rows, List<String> footer) {
        int part = width(rows.stream().map(Row::part).toList(), "part");
        int where = width(rows.stream().map(Row::where).toList(), "where");
        int state = width(rows.stream().map(Row::state).toList(), "state");
        String format = "  %-" + part + "s  %-" + where + "s  %-" + state + "s  %s";
        StringBuilder text = new StringBuilder(System.lineSeparator());
        text.append(String.format(Locale.ROOT, format, "part", "where", "state", "").stripTrailing())
                .append(System.lineSeparator());
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, format, row.part(), row.where(), row.state(), row.detail()).stripTrailing())
                    .append(System.lineSeparator());
        }
        text.append(System.lineSeparator());
        footer.forEach(line -> text.append(line.isEmpty() ? "" : "  " + line).append(System.lineSeparator()));
        say(text.toString().stripTrailing() + System.lineSeparator());
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private void line(String tag, String part, String detail) {
        say(String.format(Locale.ROOT, "[%s] %-18s %s", tag, part, detail));
    }

    private static int width(List<String> values, String header) {
        return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
    }
}
